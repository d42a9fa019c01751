namespace PlcFleet.StructuredText.Text;

/// <summary>
/// Where the characters of a generated ST text come from in the file the user keeps (a TwinCAT .TcPOU, an L5X, a
/// PLCopen XML): every position the parser, binder or a verifier reports is shown in that file, not in the extract.
/// </summary>
public sealed class SourceMap
{
    private readonly MappedSpan[] _spans;

    /// <param name="original">The vendor file's text.</param>
    /// <param name="spans">Pieces of the generated text in ascending <see cref="MappedSpan.Start"/> order.</param>
    public SourceMap(SourceText original, IReadOnlyList<MappedSpan> spans)
    {
        Original = original;
        _spans = [.. spans];
    }

    public SourceText Original { get; }

    /// <summary>The offset in the original file of a generated offset; generated words map to the element they stand for.</summary>
    public int ToOriginal(int offset)
    {
        if (_spans.Length == 0)
        {
            return 0;
        }

        int low = 0, high = _spans.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_spans[mid].Start <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var span = _spans[low];
        if (!span.Verbatim)
        {
            return span.OriginalStart;
        }

        return span.OriginalStart + Math.Clamp(offset - span.Start, 0, span.Length);
    }
}

/// <summary>
/// A piece of generated text: verbatim pieces were copied character for character from <see cref="OriginalStart"/>;
/// the others were written for the language core (a synthesised declaration, an END_METHOD) and map to one anchor.
/// </summary>
public readonly record struct MappedSpan(int Start, int Length, int OriginalStart, bool Verbatim);
