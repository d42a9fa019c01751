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

        FileBuilder? file = null;
        void Finish()
        {
            if (file is not null)
            {
                files.Add(file.Build());
                file = null;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                // git names every file here, also those with no ---/+++ lines (renames, mode changes, binaries).
                Finish();
                file = FileBuilder.FromGitHeader(line["diff --git ".Length..]);
            }
            else if (line.StartsWith("--- ", StringComparison.Ordinal) && i + 1 < lines.Length && lines[i + 1].StartsWith("+++ ", StringComparison.Ordinal))
            {
                if (file is null || file.HasHeaderLines)
                {
                    Finish();
                    file = new FileBuilder();
                }

                file.OldPath = PathOf(line[4..], "a/");
                file.NewPath = PathOf(lines[i + 1][4..], "b/");
                file.HasHeaderLines = true;
                i++;
            }
            else if (file is null)
            {
                continue; // text before the first file is not part of any
            }
            else if (line.StartsWith("Binary files ", StringComparison.Ordinal))
            {
                file.IsBinary = true;
            }
            else if (!file.HasHeaderLines && file.Hunks.Count == 0 && GitFileLine(file, line))
            {
                // new file / deleted file / rename lines of a git header, already applied
            }
            else if (HunkHeader().Match(line) is { Success: true } header)
            {
                if (ReadHunk(header, lines, ref i) is { } hunk)
                {
                    file.Hunks.Add(hunk);
                }

                i--;
            }
        }

        Finish();
        return files;
    }

    /// <summary>Applies an extended git header line (new, deleted, renamed file) to the file; false when it is none.</summary>
    private static bool GitFileLine(FileBuilder file, string line)
    {
        if (line.StartsWith("new file mode", StringComparison.Ordinal))
        {
            file.OldPath = null;
        }
        else if (line.StartsWith("deleted file mode", StringComparison.Ordinal))
        {
            file.NewPath = null;
        }
        else if (line.StartsWith("rename from ", StringComparison.Ordinal))
        {
            file.OldPath = Unquote(line["rename from ".Length..]);
        }
        else if (line.StartsWith("rename to ", StringComparison.Ordinal))
        {
            file.NewPath = Unquote(line["rename to ".Length..]);
        }
        else
        {
            return false;
        }

        return true;
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

        return new ParsedHunk(oldStart, oldCount, newStart, newCount, body, header.Groups["context"].Value.Trim());
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

    private static string Unquote(string path) => path.TrimEnd('\r').Trim('"');

    [GeneratedRegex(@"^@@ -(?<old>\d+)(,(?<oldCount>\d+))? \+(?<new>\d+)(,(?<newCount>\d+))? @@(?<context>.*)$")]
    private static partial Regex HunkHeader();

    /// <summary>A file of the diff while it is read.</summary>
    private sealed class FileBuilder
    {
        public string? OldPath { get; set; }

        public string? NewPath { get; set; }

        public bool IsBinary { get; set; }

        /// <summary>Whether the ---/+++ lines were read (a second pair starts the next file).</summary>
        public bool HasHeaderLines { get; set; }

        public List<ParsedHunk> Hunks { get; } = [];

        /// <summary>The paths of <c>diff --git a/OLD b/NEW</c>; for the same path on both sides the split is the middle.</summary>
        public static FileBuilder FromGitHeader(string paths)
        {
            paths = paths.TrimEnd('\r');
            var half = paths.Length / 2;
            var samePath = paths.Length >= 5 && paths.Length % 2 == 1 && paths[half] == ' ' && paths[2..half] == paths[(half + 3)..];
            var at = samePath ? half : paths.LastIndexOf(" b/", StringComparison.Ordinal);
            return at <= 0
                ? new FileBuilder { OldPath = PathOf(paths, "a/"), NewPath = PathOf(paths, "a/") }
                : new FileBuilder { OldPath = PathOf(Unquote(paths[..at]), "a/"), NewPath = PathOf(Unquote(paths[(at + 1)..]), "b/") };
        }

        public ParsedFileDiff Build() => new(OldPath, NewPath, IsBinary, Hunks);
    }
}
