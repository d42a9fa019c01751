using System.Globalization;
using System.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>XML character data to code and back, with the offset of every code character in the escaped text.</summary>
public static class XmlEscaping
{
    /// <summary>The text an XML parser would see; <paramref name="rawOffsets"/>[i] is where character i starts in <paramref name="raw"/> (one extra entry for the end).</summary>
    public static string Unescape(ReadOnlySpan<char> raw, out int[] rawOffsets)
    {
        var text = new StringBuilder(raw.Length);
        var offsets = new List<int>(raw.Length + 1);
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] == '&' && raw[i..].IndexOf(';') is var semicolon and > 1 && Entity(raw.Slice(i + 1, semicolon - 1)) is { } decoded)
            {
                foreach (var c in decoded)
                {
                    offsets.Add(i);
                    text.Append(c);
                }

                i += semicolon + 1;
                continue;
            }

            offsets.Add(i);
            text.Append(raw[i]);
            i++;
        }

        offsets.Add(raw.Length);
        rawOffsets = [.. offsets];
        return text.ToString();
    }

    /// <summary>Character data for element content: only what XML requires is escaped.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Code for a CDATA section: a <c>]]&gt;</c> inside the code closes one section and opens the next.</summary>
    public static string ForCdata(string text) => text.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal);

    private static string? Entity(ReadOnlySpan<char> name) => name switch
    {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        ['#', 'x' or 'X', .. var hex] when int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) => CodePoint(code),
        ['#', .. var dec] when int.TryParse(dec, NumberStyles.None, CultureInfo.InvariantCulture, out var code) => CodePoint(code),
        _ => null,
    };

    private static string? CodePoint(int code) => code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
}
