namespace PlcFleet.Formats.Vendor;

/// <summary>
/// A run of code inside a vendor file: <see cref="Start"/> and <see cref="Length"/> are character offsets into the file's
/// text (the characters between <c>&lt;![CDATA[</c> and <c>]]&gt;</c>, or the escaped character data), and
/// <see cref="Content"/> is the code itself, unescaped.
/// </summary>
/// <param name="Owner">The object the code belongs to, as a PLC engineer names it: <c>FB_Conveyor.M_Start</c>, <c>MainProgram/Safety</c>.</param>
public sealed record EmbeddedRegion(RegionKind Kind, string Owner, int Start, int Length, RegionQuoting Quoting, string Content)
{
    public int End => Start + Length;

    /// <summary>The region as it sits in a file whose text is <paramref name="fileText"/>.</summary>
    public static EmbeddedRegion Read(RegionKind kind, string owner, string fileText, int start, int length, RegionQuoting quoting) =>
        new(kind, owner, start, length, quoting, quoting == RegionQuoting.XmlEscaped
            ? XmlEscaping.Unescape(fileText.AsSpan(start, length), out _)
            : fileText.Substring(start, length));
}
