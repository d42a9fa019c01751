namespace PlcFleet.StructuredText.Text;

/// <summary>
/// The text of one source file with its path and a line index, so every span can be shown as file:line:column.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string path = "")
    {
        Text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>Generated text (ST extracted from a vendor file) whose positions are reported in the original file.</summary>
    public SourceText(string text, string path, SourceMap origin)
        : this(text, path)
    {
        Origin = origin;
    }

    /// <summary>Set when this text was generated from another file: lines and columns are then that file's.</summary>
    public SourceMap? Origin { get; }

    public string Text { get; }

    /// <summary>The file path as the user gave it (relative where possible); empty for in-memory text.</summary>
    public string Path { get; }

    public int Length => Text.Length;

    public int LineCount => Origin?.Original.LineCount ?? _lineStarts.Length;

    public char this[int index] => Text[index];

    public static SourceText FromFile(string path, string? displayPath = null) =>
        new(File.ReadAllText(path), displayPath ?? path);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    /// <summary>1-based line and column of a character offset (an offset at the end maps past the last character).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        if (Origin is not null)
        {
            return Origin.Original.GetLinePosition(Origin.ToOriginal(Math.Clamp(offset, 0, Text.Length)));
        }

        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        if (Origin is not null)
        {
            return Origin.Original.GetLineText(line);
        }

        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text[start..end];
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
