using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor.Rockwell;

/// <summary>A tag, parameter or local tag as an ST declaration, reported at <see cref="Anchor"/> (its offset in the file).</summary>
/// <param name="Usage">Input, Output, InOut (AOI parameters) or Local.</param>
internal sealed record LogixVariable(string Declaration, int Anchor, string Usage, string? Initial = null)
{
    public string Text => Initial is null ? $"{Declaration};" : $"{Declaration} := {Initial};";
}

/// <summary>A program or add-on instruction being read: its variables and ST routines (each line a region).</summary>
internal sealed class LogixContainer(bool isAoi, string name, int anchor, string? mainRoutine)
{
    public bool IsAoi { get; } = isAoi;

    public string Name { get; } = name;

    public int Anchor { get; } = anchor;

    public string? MainRoutine { get; } = mainRoutine;

    public List<LogixVariable> Variables { get; } = [];

    public List<(string Name, int Anchor, List<EmbeddedRegion> Lines)> StRoutines { get; } = [];
}

/// <summary>
/// The ST view of a Logix project, whichever file it came from (L5X or L5K): UDTs as structs, controller tags as
/// VAR_GLOBAL, each program as a PROGRAM (its main ST routine the body, other ST routines ACTIONs), each AOI as a
/// FUNCTION_BLOCK; the Logix structures and ST instructions of <see cref="LogixTypes.Prelude"/> before the first of them.
/// </summary>
internal sealed class LogixView(SourceText original)
{
    private bool _preludeWritten;

    public StViewBuilder View { get; } = new(original);

    public void Type(string name, int anchor, IEnumerable<(string Member, int Anchor)> members)
    {
        WritePrelude(anchor);
        View.Generated($"\nTYPE {name} :\nSTRUCT\n", anchor);
        foreach (var (member, at) in members)
        {
            View.Generated($"    {member}\n", at);
        }

        View.Generated("END_STRUCT;\nEND_TYPE\n", anchor);
    }

    public void Globals(IReadOnlyList<LogixVariable> globals, int anchor)
    {
        WritePrelude(anchor);
        Variables("VAR_GLOBAL", globals, anchor);
    }

    public void Container(LogixContainer container)
    {
        WritePrelude(container.Anchor);
        View.Generated($"\n{(container.IsAoi ? "FUNCTION_BLOCK" : "PROGRAM")} {container.Name}\n", container.Anchor);
        foreach (var group in container.Variables.GroupBy(v => v.Usage))
        {
            var block = group.Key switch
            {
                "Input" => "VAR_INPUT",
                "Output" => "VAR_OUTPUT",
                "InOut" => "VAR_IN_OUT",
                _ => "VAR",
            };
            Variables(block, [.. group], container.Anchor);
        }

        var main = container.StRoutines.FirstOrDefault(r => r.Name == container.MainRoutine);
        foreach (var routine in container.StRoutines.Where(r => r.Name != container.MainRoutine))
        {
            View.Generated($"\nACTION {routine.Name}:\n", routine.Anchor);
            Lines(routine.Lines, routine.Anchor);
            View.Generated("\nEND_ACTION\n", routine.Anchor);
        }

        if (main.Lines is not null)
        {
            Lines(main.Lines, main.Anchor);
        }

        View.Generated($"\n{(container.IsAoi ? "END_FUNCTION_BLOCK" : "END_PROGRAM")}\n", container.Anchor);
    }

    private void Lines(List<EmbeddedRegion> lines, int anchor)
    {
        View.Generated("\n", anchor);
        foreach (var line in lines)
        {
            View.Region(line);
            View.Generated("\n", line.End);
        }
    }

    private void Variables(string block, IReadOnlyList<LogixVariable> variables, int anchor)
    {
        View.Generated($"{block}\n", anchor);
        foreach (var variable in variables)
        {
            View.Generated($"    {variable.Text}\n", variable.Anchor);
        }

        View.Generated("END_VAR\n", anchor);
    }

    private void WritePrelude(int anchor)
    {
        if (!_preludeWritten)
        {
            View.Generated(LogixTypes.Prelude, anchor);
            _preludeWritten = true;
        }
    }
}
