using System.Text;

namespace PlcFleet.Agents.Tools;

/// <summary><c>read_file(path, start_line?, end_line?)</c>: numbered lines, capped so one big GVL cannot fill the context.</summary>
public sealed class ReadFileTool(WorkspaceGuard guard)
{
    public const string Name = "read_file";
    public const string Description = "Read a file of the workspace with line numbers. Optional 1-based start_line and end_line.";
    public const int MaxLines = 400;
    public const int MaxChars = 24_000;

    public string Run(string path, int? startLine = null, int? endLine = null)
    {
        var resolved = guard.Resolve(path);
        if (!resolved.IsValid)
        {
            return ToolText.Error(resolved.Error!);
        }

        var read = guard.Workspace.ReadText(resolved.RelativePath);
        if (!read.IsRead)
        {
            var hint = read.Error!.EndsWith("does not exist", StringComparison.Ordinal) ? "; use search to find files" : "";
            return ToolText.Error(read.Error + hint);
        }

        var lines = read.Text!.ReplaceLineEndings("\n").Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        var start = Math.Max(1, startLine ?? 1);
        var end = Math.Min(count, endLine ?? count);
        if (count == 0)
        {
            return $"{resolved.RelativePath} is empty";
        }

        if (start > count)
        {
            return ToolText.Error($"{resolved.RelativePath} has only {count} lines");
        }

        if (end < start)
        {
            return ToolText.Error($"end_line {endLine} is before start_line {start}");
        }

        var text = new StringBuilder();
        var width = end.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var last = start - 1;
        for (var n = start; n <= end && n - start < MaxLines; n++)
        {
            var line = $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}| {lines[n - 1]}\n";
            if (text.Length + line.Length > MaxChars)
            {
                break;
            }

            text.Append(line);
            last = n;
        }

        if (last < end)
        {
            text.Append($"(lines {last + 1}-{end} not shown; call read_file with start_line={last + 1})\n");
        }

        return text.ToString().TrimEnd('\n');
    }
}
