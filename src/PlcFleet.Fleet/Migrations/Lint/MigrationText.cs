using System.Text.RegularExpressions;
using PlcFleet.Fleet.Migrations.Body;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>The migration file as lines, so a rule can point at the exact line of a phrase it objects to.</summary>
public sealed class MigrationText(Migration migration)
{
    private readonly SourceText _source = new(migration.Text, migration.FilePath);

    /// <summary>Position of the first match of <paramref name="pattern"/> inside a section's text, or the heading.</summary>
    public LinePosition Find(MigrationSection section, Regex pattern)
    {
        var headingOffset = OffsetOfLine(section.Line);
        var end = NextHeadingOffset(headingOffset);
        var match = pattern.Match(_source.Text, headingOffset, end - headingOffset);
        return _source.GetLinePosition(match.Success ? match.Index : headingOffset);
    }

    private int OffsetOfLine(int line)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < _source.Length; current++)
        {
            var next = _source.Text.IndexOf('\n', offset);
            offset = next < 0 ? _source.Length : next + 1;
        }

        return offset;
    }

    private int NextHeadingOffset(int headingOffset)
    {
        var lineEnd = _source.Text.IndexOf('\n', headingOffset);
        if (lineEnd < 0)
        {
            return _source.Length;
        }

        var next = _source.Text.IndexOf("\n## ", lineEnd, StringComparison.Ordinal);
        return next < 0 ? _source.Length : next + 1;
    }
}
