namespace PlcFleet.Formats.Vendor;

/// <summary>The lines of a text vendor file (.EXP, .L5K, Siemens sources): each line's start and end before its break (CRLF, LF or CR).</summary>
internal static class TextLines
{
    public static List<(int Start, int End)> Of(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lines.Add((start, i));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add((start, text.Length));
        }

        return lines;
    }
}
