using System.Globalization;
using System.Text.RegularExpressions;

namespace PlcFleet.Web.Diffs;

/// <summary>
/// Splits the git diff stored with a change request into files and hunks, so each hunk's old and new side can be
/// laid out next to each other. Reading the stored diff (rather than the repository) shows the reviewer exactly
/// what was verified, even after the branch moved.
/// </summary>
public static partial class UnifiedDiff
{
    public static IReadOnlyList<FileDiff> Parse(string diff)
    {
        var files = new List<FileDiff>();
        string? oldPath = null, newPath = null, gitPath = null;
        var hunks = new List<DiffHunk>();
        HunkBuilder? hunk = null;

        void FinishHunk()
        {
            if (hunk is not null)
            {
                hunks.Add(hunk.Build());
                hunk = null;
            }
        }

        void FinishFile()
        {
            FinishHunk();
            if (oldPath is not null || newPath is not null || gitPath is not null)
            {
                var isNew = oldPath == "/dev/null";
                var isDeleted = newPath == "/dev/null";
                var path = isDeleted ? oldPath : newPath ?? gitPath ?? oldPath;
                files.Add(new FileDiff(StripPrefix(path!), isNew, isDeleted, hunks));
            }

            oldPath = newPath = gitPath = null;
            hunks = [];
        }

        foreach (var line in diff.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("diff --git ", StringComparison.Ordinal))
            {
                FinishFile();
                var parts = line["diff --git ".Length..].Split(' ');
                gitPath = parts[^1];
            }
            else if (hunk is null && line.StartsWith("--- ", StringComparison.Ordinal))
            {
                if (newPath is not null)
                {
                    // A diff without "diff --git" lines: a new "---" starts the next file.
                    FinishFile();
                }

                oldPath = line[4..].Trim();
            }
            else if (hunk is null && line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                newPath = line[4..].Trim();
            }
            else if (HunkHeader().Match(line) is { Success: true } header
                     && int.TryParse(header.Groups["old"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var oldStart)
                     && int.TryParse(header.Groups["new"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var newStart))
            {
                // TryParse: a stored diff is an agent's work, and a line number past int.MaxValue must not crash the page.
                FinishHunk();
                hunk = new HunkBuilder(oldStart, newStart, header.Groups["context"].Value.Trim());
            }
            else if (hunk is not null)
            {
                if (line.StartsWith('+'))
                {
                    hunk.New.Add(line[1..]);
                }
                else if (line.StartsWith('-'))
                {
                    hunk.Old.Add(line[1..]);
                }
                else if (line.StartsWith(' '))
                {
                    hunk.Old.Add(line[1..]);
                    hunk.New.Add(line[1..]);
                }
                else if (line.StartsWith("diff ", StringComparison.Ordinal))
                {
                    FinishHunk();
                }

                // "\ No newline at end of file" and blank separators carry no line of either side.
            }
        }

        FinishFile();
        return files;
    }

    private static string StripPrefix(string path) =>
        path.StartsWith("a/", StringComparison.Ordinal) || path.StartsWith("b/", StringComparison.Ordinal) ? path[2..] : path;

    [GeneratedRegex(@"^@@ -(?<old>\d+)(,\d+)? \+(?<new>\d+)(,\d+)? @@(?<context>.*)$")]
    private static partial Regex HunkHeader();

    private sealed class HunkBuilder(int oldStart, int newStart, string header)
    {
        public List<string> Old { get; } = [];

        public List<string> New { get; } = [];

        public DiffHunk Build() => new(oldStart, newStart, header, Old, New);
    }
}
