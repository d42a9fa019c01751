using System.Xml;
using System.Xml.Linq;
using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// A vendor XML file read with System.Xml and line information: element and code positions become offsets into the
/// file's own text (which keeps CRLF, CDATA and entities exactly as stored, unlike the parsed values).
/// </summary>
internal sealed class XmlSource
{
    private readonly int[] _lineStarts;

    public XmlSource(SourceText original)
    {
        Original = original;
        var starts = new List<int> { 0 };
        var text = original.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public SourceText Original { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public static XmlReaderSettings Settings { get; } = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = true };

    /// <summary>The document with line information, or null (with a PF0101 at the error's line and column) when it is not well-formed XML.</summary>
    public XDocument? Load()
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(Original.Text), Settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            ReportXmlError(e);
            return null;
        }
    }

    public void ReportXmlError(XmlException e) =>
        Report(FormatDiagnostics.InvalidXml, OffsetOf(e.LineNumber, e.LinePosition), $"not well-formed XML: {WithoutPosition(e.Message)}");

    public void Report(string code, int offset, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        Diagnostics.Add(new Diagnostic(code, severity, Original, new TextSpan(Math.Clamp(offset, 0, Original.Length), 0), message));

    public int OffsetOf(IXmlLineInfo node) => node.HasLineInfo() ? OffsetOf(node.LineNumber, node.LinePosition) : 0;

    public int OffsetOf(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        var start = _lineStarts[Math.Min(line, _lineStarts.Length) - 1];
        return Math.Clamp(start + column - 1, 0, Original.Length);
    }

    public LinePosition PositionOf(IXmlLineInfo node) => node.HasLineInfo() ? new LinePosition(node.LineNumber, node.LinePosition) : new LinePosition(1, 1);

    /// <summary>The code regions directly inside <paramref name="element"/>: each CDATA section and each run of character data.</summary>
    public List<EmbeddedRegion> CodeRegions(XElement? element, RegionKind kind, string owner)
    {
        var regions = new List<EmbeddedRegion>();
        if (element is null)
        {
            return regions;
        }

        foreach (var node in element.Nodes())
        {
            var start = OffsetOf(node);
            switch (node)
            {
                case XCData:
                    var end = Original.Text.IndexOf("]]>", start, StringComparison.Ordinal);
                    regions.Add(EmbeddedRegion.Read(kind, owner, Original.Text, start, (end < 0 ? Original.Length : end) - start, RegionQuoting.Cdata));
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    var stop = Original.Text.IndexOf('<', start);
                    regions.Add(EmbeddedRegion.Read(kind, owner, Original.Text, start, (stop < 0 ? Original.Length : stop) - start, RegionQuoting.XmlEscaped));
                    break;
            }
        }

        return regions;
    }

    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }
}
