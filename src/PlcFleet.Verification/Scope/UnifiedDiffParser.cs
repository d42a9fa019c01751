using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlcFleet.Verification.Scope;

/// <summary>
/// Reads the unified diffs <see cref="UnifiedDiff"/> (and git) write. Any text is accepted: what is not a diff is
/// skipped, and nothing in it can make the reader throw, because a stored diff comes from an agent's work.
/// </summary>
public static partial class UnifiedDiffParser
{
    public static IReadOnlyList<ParsedFileDiff> Parse(string diff)
    {
        var files = new List<ParsedFileDiff>();
        var lines = (diff ?? "").Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("--- ", StringComparison.Ordinal) || i + 1 >= lines.Length || !lines[i + 1].StartsWith("+++ ", StringComparison.Ordinal))
            {
                continue;
            }

            var oldPath = PathOf(lines[i][4..], "a/");
            var newPath = PathOf(lines[i + 1][4..], "b/");
            i += 2;
            var binary = false;
            var hunks = new List<ParsedHunk>();
            while (i < lines.Length && !lines[i].StartsWith("--- ", StringComparison.Ordinal))
            {
                if (lines[i].StartsWith("Binary files ", StringComparison.Ordinal))
                {
                    binary = true;
                    i++;
                }
                else if (HunkHeader().Match(lines[i]) is { Success: true } header)
                {
                    var hunk = ReadHunk(header, lines, ref i);
                    if (hunk is not null)
                    {
                        hunks.Add(hunk);
                    }
                }
                else
                {
                    i++;
                }
            }

            i--;
            files.Add(new ParsedFileDiff(oldPath, newPath, binary, hunks));
        }

        return files;
    }

    /// <summary>The new text of a file, applying the diff's hunks to its old text; null when they do not fit.</summary>
    public static string? Apply(string before, ParsedFileDiff file)
    {
        var old = SplitKeepingEnds(before);
        var result = new StringBuilder();
        var next = 0;
        foreach (var hunk in file.Hunks)
        {
            var start = Math.Max(0, hunk.OldStart - 1);
            if (start < next || start > old.Count)
            {
                return null;
            }

            for (; next < start; next++)
            {
                result.Append(old[next]);
            }

            foreach (var line in hunk.Lines)
            {
                var text = line.NoNewline ? line.Text : line.Text + "\n";
                if (line.Kind != '+')
                {
                    if (next >= old.Count || old[next] != text)
                    {
                        return null;
                    }

                    next++;
                }

                if (line.Kind != '-')
                {
                    result.Append(text);
                }
            }
        }

        for (; next < old.Count; next++)
        {
            result.Append(old[next]);
        }

        return result.ToString();
    }

    private static ParsedHunk? ReadHunk(Match header, string[] lines, ref int i)
    {
        i++;
        if (!TryNumber(header.Groups["old"].Value, out var oldStart) || !TryNumber(header.Groups["new"].Value, out var newStart)
            || !TryCount(header.Groups["oldCount"], out var oldCount) || !TryCount(header.Groups["newCount"], out var newCount))
        {
            return null;
        }

        var body = new List<ParsedLine>();
        int oldSeen = 0, newSeen = 0;
        while (i < lines.Length && (oldSeen < oldCount || newSeen < newCount || lines[i] == UnifiedDiff.NoNewlineMarker))
        {
            var line = lines[i];
            if (line == UnifiedDiff.NoNewlineMarker)
            {
                if (body.Count > 0)
                {
                    body[^1] = body[^1] with { NoNewline = true };
                }
            }
            else if (line.Length > 0 && line[0] is ' ' or '-' or '+')
            {
                body.Add(new ParsedLine(line[0], line[1..], false));
                oldSeen += line[0] == '+' ? 0 : 1;
                newSeen += line[0] == '-' ? 0 : 1;
            }
            else
            {
                break; // a truncated hunk ends where the diff stops looking like one
            }

            i++;
        }

        return new ParsedHunk(oldStart, oldCount, newStart, newCount, body);
    }

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var at = text.IndexOf('\n', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(at + 1)]);
            start = at + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static string? PathOf(string header, string prefix)
    {
        var path = header.TrimEnd('\r');
        var tab = path.IndexOf('\t', StringComparison.Ordinal);
        path = tab >= 0 ? path[..tab] : path;
        return path == "/dev/null" ? null : path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : path;
    }

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryCount(Group group, out int value)
    {
        value = 1;
        return !group.Success || TryNumber(group.Value, out value);
    }

    [GeneratedRegex(@"^@@ -(?<old>\d+)(,(?<oldCount>\d+))? \+(?<new>\d+)(,(?<newCount>\d+))? @@")]
    private static partial Regex HunkHeader();
}
