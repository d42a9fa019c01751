using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlcFleet.Formats.Vendor;

namespace PlcFleet.Verification.Scope;

/// <summary>
/// The change to a vendor file (TcPOU, L5X, PLCopen XML, .EXP) as the ST it changes: one unified diff per file whose
/// hunks are per object (<c>@@ -41,3 +41,3 @@ FB_Infeed.Speed.Set (body)</c>) and carry the vendor file's own line
/// numbers. It sits beside the git diff of the file, which stays the record; this is what a reviewer reads.
/// </summary>
public static partial class VendorStDiff
{
    /// <summary>The ST diff of one file; empty when no ST changed (e.g. only a ladder rung or a GUID).</summary>
    /// <param name="before">The file before the change, null when it is new.</param>
    /// <param name="after">The file after the change, null when it was deleted.</param>
    public static string Between(string path, VendorDocument? before, VendorDocument? after)
    {
        var old = before is null ? [] : StSection.Of(before);
        var current = after is null ? [] : StSection.Of(after);
        var hunks = new StringBuilder();
        foreach (var section in current)
        {
            var previous = old.FirstOrDefault(s => s.Owner == section.Owner && s.Kind == section.Kind);
            Append(hunks, section.Title, previous, section);
        }

        foreach (var removed in old.Where(s => !current.Any(c => c.Owner == s.Owner && c.Kind == s.Kind)))
        {
            Append(hunks, removed.Title, removed, null);
        }

        return hunks.Length == 0 ? "" : $"--- {(before is null ? "/dev/null" : "a/" + path)}\n+++ {(after is null ? "/dev/null" : "b/" + path)}\n{hunks}";
    }

    private static void Append(StringBuilder hunks, string title, StSection? before, StSection? after)
    {
        var oldText = before is null ? "" : before.Text + "\n";
        var newText = after is null ? "" : after.Text + "\n";
        if (oldText == newText)
        {
            return;
        }

        // The shared unified-diff writer numbers the section's own lines; each hunk is renumbered to the file's lines and
        // split where the file's lines are not consecutive (an L5X routine keeps each ST line in its own Line element).
        var piece = new Piece(title);
        int oldAt = 0, newAt = 0;
        foreach (var line in UnifiedDiff.ForFile("st", oldText, newText).Split('\n').Skip(2))
        {
            if (HunkHeader().Match(line) is { Success: true } header)
            {
                piece.WriteTo(hunks);
                oldAt = Math.Max(0, int.Parse(header.Groups["old"].Value, CultureInfo.InvariantCulture) - 1);
                newAt = Math.Max(0, int.Parse(header.Groups["new"].Value, CultureInfo.InvariantCulture) - 1);
                continue;
            }

            if (line.Length == 0 || line[0] is not (' ' or '-' or '+'))
            {
                continue;
            }

            int? oldLine = line[0] is ' ' or '-' ? before!.FileLines[oldAt++] : null;
            int? newLine = line[0] is ' ' or '+' ? after!.FileLines[newAt++] : null;
            if (!piece.Continues(oldLine, newLine))
            {
                piece.WriteTo(hunks);
            }

            piece.Add(line, oldLine, newLine);
        }

        piece.WriteTo(hunks);
    }

    /// <summary>A run of diff lines whose old and new sides are each consecutive lines of the file.</summary>
    private sealed class Piece(string title)
    {
        private readonly List<string> _lines = [];
        private int? _oldStart, _newStart, _oldLast, _newLast;
        private int _oldCount, _newCount;

        public bool Continues(int? oldLine, int? newLine) =>
            _lines.Count == 0 || ((oldLine is null || _oldLast is null || oldLine == _oldLast + 1) && (newLine is null || _newLast is null || newLine == _newLast + 1));

        public void Add(string line, int? oldLine, int? newLine)
        {
            if (oldLine is not null)
            {
                _oldStart ??= oldLine;
                _oldLast = oldLine;
                _oldCount++;
            }

            if (newLine is not null)
            {
                _newStart ??= newLine;
                _newLast = newLine;
                _newCount++;
            }

            _lines.Add(line);
        }

        /// <summary>Writes the run when it changes something (a run of context alone is dropped) and starts the next.</summary>
        public void WriteTo(StringBuilder hunks)
        {
            if (_lines.Any(l => l[0] != ' '))
            {
                hunks.Append(CultureInfo.InvariantCulture, $"@@ -{_oldStart ?? _oldLast ?? 0},{_oldCount} +{_newStart ?? _newLast ?? 0},{_newCount} @@ {title}\n");
                foreach (var line in _lines)
                {
                    hunks.Append(line).Append('\n');
                }
            }

            _lines.Clear();
            _oldStart = _newStart = _oldLast = _newLast = null;
            _oldCount = _newCount = 0;
        }
    }

    [GeneratedRegex(@"^@@ -(?<old>\d+),\d+ \+(?<new>\d+),\d+ @@")]
    private static partial Regex HunkHeader();
}
