using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Vendor;

/// <summary>The outcome of reading one file and writing it back in memory.</summary>
/// <param name="FirstDifference">The first byte offset where the written-back file differs, or null when identical.</param>
/// <param name="StBodies">ST bodies (POU, method, accessor, action, routine line) found in the file.</param>
/// <param name="StBodiesWithSyntaxErrors">Of those, how many contain a syntax error the language core reports.</param>
public sealed record RoundTrip(
    string Path,
    VendorFormat? Format,
    long? FirstDifference,
    IReadOnlyList<Diagnostic> ReadDiagnostics,
    int StBodies,
    int StBodiesWithSyntaxErrors,
    int SyntaxErrors)
{
    public bool IsSupported => Format is not null;

    public bool IsIdentical => IsSupported && FirstDifference is null;

    /// <summary>Reads a vendor file from its bytes, writes it back and compares; the ST view is parsed to count syntax errors.</summary>
    public static RoundTrip Of(string path, string displayPath)
    {
        var format = VendorFiles.FormatOf(path);
        if (format is null)
        {
            return new RoundTrip(displayPath, null, null, [], 0, 0, 0);
        }

        var bytes = File.ReadAllBytes(path);
        var document = VendorFiles.Read(bytes, format.Value, displayPath);
        var written = document.WriteBack();
        var difference = FirstDifferingByte(bytes, written);

        var errorOffsets = new List<int>();
        var syntaxErrors = 0;
        if (document.StructuredText is { } view)
        {
            foreach (var diagnostic in SyntaxTree.Parse(view.Text, Dialect.Codesys).Diagnostics.Where(d => d.IsError))
            {
                syntaxErrors++;
                errorOffsets.Add(view.Text.Origin!.ToOriginal(diagnostic.Span.Start));
            }
        }

        var stBodies = document.Bodies.OfType<StCodeBody>().ToList();
        var broken = stBodies.Count(body => errorOffsets.Any(offset => offset >= body.Region.Start && offset <= body.Region.End));
        return new RoundTrip(displayPath, format, difference, document.Diagnostics, stBodies.Count, broken, syntaxErrors);
    }

    private static long? FirstDifferingByte(byte[] expected, byte[] actual)
    {
        var common = Math.Min(expected.Length, actual.Length);
        var at = expected.AsSpan(0, common).CommonPrefixLength(actual.AsSpan(0, common));
        if (at < common)
        {
            return at;
        }

        return expected.Length == actual.Length ? null : common;
    }
}
