using System.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// A vendor file's bytes and their text: the byte-order mark and the encoding (UTF-8 with or without BOM, UTF-16,
/// Windows-1252 for CODESYS 2.3 exports) are kept so the text encodes back to the same bytes.
/// </summary>
public sealed class EncodedText
{
    static EncodedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private EncodedText(byte[] bytes, string text, Encoding encoding, int preambleLength)
    {
        Bytes = bytes;
        Text = text;
        Encoding = encoding;
        PreambleLength = preambleLength;
    }

    public byte[] Bytes { get; }

    public string Text { get; }

    public Encoding Encoding { get; }

    /// <summary>Length of the byte-order mark the file starts with (0 when it has none).</summary>
    public int PreambleLength { get; }

    /// <summary>The ANSI code page CODESYS 2.3 and Step 7 write their text exports in.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>
    /// Reads a text file the way its tool wrote it: a byte-order mark or XML declaration decides, else Windows-1252 for
    /// CODESYS 2.3 and Step 7 text exports (.EXP, .AWL) and UTF-8 for everything else.
    /// </summary>
    public static EncodedText Read(string path, byte[] bytes) => Decode(bytes, FallbackFor(path));

    /// <summary>The encoding of a file that names none: Windows-1252 for .EXP and .AWL exports, else UTF-8.</summary>
    public static Encoding FallbackFor(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".EXP" or ".AWL" ? Windows1252 : new UTF8Encoding(false);

    /// <param name="bytes">The file as stored.</param>
    /// <param name="fallback">The encoding when the file names none (XML declares it; EXP files are Windows-1252).</param>
    public static EncodedText Decode(byte[] bytes, Encoding fallback)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return Make(bytes, new UTF8Encoding(false), 3);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return Make(bytes, new UnicodeEncoding(false, false), 2);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return Make(bytes, new UnicodeEncoding(true, false), 2);
        }

        return Make(bytes, DeclaredEncoding(bytes) ?? fallback, 0);
    }

    /// <summary>The bytes of <paramref name="text"/> in this file's encoding, behind the same byte-order mark.</summary>
    public byte[] Encode(string text)
    {
        var body = Encoding.GetBytes(text);
        var result = new byte[PreambleLength + body.Length];
        Array.Copy(Bytes, result, PreambleLength);
        Array.Copy(body, 0, result, PreambleLength, body.Length);
        return result;
    }

    private static EncodedText Make(byte[] bytes, Encoding encoding, int preamble) =>
        new(bytes, encoding.GetString(bytes, preamble, bytes.Length - preamble), encoding, preamble);

    /// <summary>The encoding an XML declaration names (<c>encoding="windows-1252"</c>); null when there is none or it is unknown.</summary>
    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200));
        if (!head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return null;
        }

        var end = head.IndexOf("?>", StringComparison.Ordinal);
        var declaration = end < 0 ? head : head[..end];
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var quote = declaration.IndexOfAny(['"', '\''], at);
        var close = quote < 0 ? -1 : declaration.IndexOf(declaration[quote], quote + 1);
        if (close < 0)
        {
            return null;
        }

        var name = declaration[(quote + 1)..close];
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding is UTF8Encoding ? new UTF8Encoding(false) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
