using System.Globalization;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Agents.Tools;

/// <summary>
/// <c>edit_file(path, search, replace)</c>: replaces one exact occurrence. Zero or several matches are refused
/// with a hint (closest line, or where the matches are), because a guessed edit in PLC code is worse than none.
/// An empty search creates a new file.
/// </summary>
public sealed class EditFileTool(WorkspaceGuard guard)
{
    public const string Name = "edit_file";
    public const string Description = "Replace exactly one occurrence of `search` with `replace` in a workspace file. `search` must match the file exactly (copy it from read_file without the line numbers) and be unique; include surrounding lines if needed. An empty `search` creates a new file with content `replace`.";

    private readonly List<FileEdit> applied = [];

    public IReadOnlyList<FileEdit> Applied => applied;

    public string Run(string path, string search, string replace)
    {
        var resolved = guard.Resolve(path);
        if (!resolved.IsValid)
        {
            return ToolText.Error(resolved.Error!);
        }

        var relative = resolved.RelativePath;
        if (guard.IsReadOnly(relative))
        {
            return ToolText.Error($"{relative} is read-only: tests and safety configuration are not part of this change");
        }

        search ??= "";
        replace ??= "";
        var limits = guard.Workspace.Limits;
        if (search.Length > limits.MaxEditChars || replace.Length > limits.MaxEditChars)
        {
            return ToolText.Error($"an edit may carry at most {limits.MaxEditChars} characters in search and in replace; "
                + $"this one has {Math.Max(search.Length, replace.Length)}. Make smaller edits of the lines that change.");
        }

        if (!guard.Workspace.Exists(relative))
        {
            var missing = guard.Workspace.ProblemWithFile(resolved, mustExist: false);
            if (missing is not null)
            {
                return ToolText.Error(missing);
            }

            if (search.Length > 0)
            {
                return ToolText.Error($"{relative} does not exist; use search to find the right file (an empty search creates a new file)");
            }

            if (guard.Workspace.WriteText(relative, replace) is { } refused)
            {
                return ToolText.Error(refused);
            }

            applied.Add(new FileEdit(relative, search, replace));
            return $"created {relative} ({CountLines(replace)} lines)";
        }

        if (search.Length == 0)
        {
            return ToolText.Error($"{relative} already exists; give the exact text to replace in `search`");
        }

        var read = guard.Workspace.ReadText(relative);
        if (!read.IsRead)
        {
            return ToolText.Error(read.Error!);
        }

        var text = read.Text!;
        var usesCrLf = text.Contains("\r\n", StringComparison.Ordinal);
        var (find, put) = usesCrLf
            ? (search.ReplaceLineEndings("\r\n"), replace.ReplaceLineEndings("\r\n"))
            : (search, replace);

        var matches = FindAll(text, find);
        if (matches.Count == 0)
        {
            return ToolText.Error($"found 0 matches in {relative}; {ClosestLine(text, search)}. Copy the text exactly as read_file shows it, without the line numbers.");
        }

        if (matches.Count > 1)
        {
            var lines = string.Join(", ", matches.Select(m => LineOf(text, m).ToString(CultureInfo.InvariantCulture)));
            return ToolText.Error($"found {matches.Count} matches at lines {lines}; include more context so the search text is unique");
        }

        var at = matches[0];
        var edited = string.Concat(text.AsSpan(0, at), put, text.AsSpan(at + find.Length));
        if (edited.Length > limits.MaxFileBytes)
        {
            return ToolText.Error($"the edit would make {relative} larger than {limits.MaxFileBytes} bytes");
        }

        if (guard.Workspace.WriteText(relative, edited) is { } failed)
        {
            return ToolText.Error(failed);
        }

        applied.Add(new FileEdit(relative, search, replace));
        var firstLine = LineOf(text, at);
        return $"edited {relative}: replaced {CountLines(search)} line(s) at line {firstLine} with {CountLines(replace)} line(s)";
    }

    private static List<int> FindAll(string text, string find)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(find, StringComparison.Ordinal); i >= 0; i = text.IndexOf(find, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static int CountLines(string text) => text.Length == 0 ? 0 : text.TrimEnd('\n').Split('\n').Length;

    private static string ClosestLine(string text, string search)
    {
        var wanted = search.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (wanted is null)
        {
            return "the search text is blank";
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var best = -1;
        var bestScore = double.MaxValue;
        for (var i = 0; i < lines.Length; i++)
        {
            var candidate = lines[i].Trim();
            if (candidate.Length == 0)
            {
                continue;
            }

            var score = Distance(wanted, candidate) / (double)Math.Max(wanted.Length, candidate.Length);
            if (score < bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best < 0 ? "the file has no text" : $"the closest line is {best + 1}: {ToolText.Clip(lines[best].Trim(), 200)}";
    }

    /// <summary>Levenshtein distance on at most 200 characters of each string, enough to point at the right line.</summary>
    private static int Distance(string a, string b) =>
        EditDistance.Between(a.Length > 200 ? a[..200] : a, b.Length > 200 ? b[..200] : b);
}
