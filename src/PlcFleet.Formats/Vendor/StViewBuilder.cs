using System.Text;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// Writes the ST text the language core reads for one vendor file: the file's own ST regions, copied, joined by the
/// words the file expresses as XML (END_METHOD, a PROGRAM header, declarations synthesised from PLCopen variables).
/// Every character maps back to the file, so diagnostics carry the file's line and column.
/// </summary>
internal sealed class StViewBuilder(SourceText original)
{
    private readonly StringBuilder _text = new();
    private readonly List<MappedSpan> _spans = [];
    private readonly List<StViewPiece> _pieces = [];

    /// <summary>Copies a region's code; CDATA and plain text map character for character, escaped text entity by entity.</summary>
    public void Region(EmbeddedRegion region)
    {
        var viewStart = _text.Length;
        if (region.Quoting == RegionQuoting.XmlEscaped)
        {
            _ = XmlEscaping.Unescape(original.Text.AsSpan(region.Start, region.Length), out var rawOffsets);
            var run = 0;
            for (var i = 1; i <= region.Content.Length; i++)
            {
                // A run ends where an entity made raw and code offsets drift apart.
                if (i == region.Content.Length || rawOffsets[i] - rawOffsets[run] != i - run)
                {
                    _spans.Add(new MappedSpan(viewStart + run, i - run, region.Start + rawOffsets[run], Verbatim: true));
                    run = i;
                }
            }
        }
        else
        {
            _spans.Add(new MappedSpan(viewStart, region.Length, region.Start, Verbatim: true));
        }

        _text.Append(region.Content);
        _pieces.Add(new StViewPiece(viewStart, region));
    }

    /// <summary>Words the file does not spell out; every character of them is reported at <paramref name="anchor"/> (an offset in the file).</summary>
    public void Generated(string text, int anchor)
    {
        if (text.Length == 0)
        {
            return;
        }

        _spans.Add(new MappedSpan(_text.Length, text.Length, anchor, Verbatim: false));
        _text.Append(text);
    }

    public bool IsEmpty => _text.Length == 0;

    public StView Build() =>
        new(new SourceText(_text.ToString(), original.Path, new SourceMap(original, _spans)), _pieces);
}

/// <summary>The ST the language core reads for a vendor file, and which region each copied piece came from.</summary>
public sealed record StView(SourceText Text, IReadOnlyList<StViewPiece> Pieces);

/// <summary>A region's code copied into the ST view at <see cref="ViewStart"/>.</summary>
public sealed record StViewPiece(int ViewStart, EmbeddedRegion Region)
{
    public int ViewEnd => ViewStart + Region.Content.Length;
}
