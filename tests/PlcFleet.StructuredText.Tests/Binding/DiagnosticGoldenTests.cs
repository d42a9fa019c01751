using System.Text;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Semantics.Libraries;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>
/// Golden files: every Golden/Diagnostics/&lt;case&gt;.st or .scl is compiled on its own and its diagnostics, one per
/// line as <c>line:col-endLine:endCol severity CODE message</c>, compared with &lt;case&gt;.diagnostics.txt. Files named
/// *.iec.st are strict IEC. A first line <c>// libraries: A, B</c> declares the libraries the case uses (as a
/// .plcproj or plcfleet.yaml would). UPDATE_GOLDEN=1 rewrites the expected files (review the diff before committing).
/// </summary>
public sealed class DiagnosticGoldenTests
{
    public static string Directory() =>
        Path.Combine(BindingTestHelpers.RepositoryRoot(), "tests", "PlcFleet.StructuredText.Tests", "Golden", "Diagnostics");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory()).Where(IsInput).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string fileName)
    {
        var actual = Render(Compile(fileName).GetDiagnostics());
        var expectedPath = Path.Combine(Directory(), StripExtension(fileName) + ".diagnostics.txt");
        GoldenFile.AssertMatches(expectedPath, actual);
    }

    [Fact]
    public void Every_semantic_code_has_a_golden_case()
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory(), "*.diagnostics.txt"))
        {
            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split(' ', 4);
                if (parts.Length >= 3)
                {
                    covered.Add(parts[2]);
                }
            }
        }

        var missing = SemanticDiagnosticCodes.All.Select(c => c.Code).Where(c => !covered.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "no golden case for " + string.Join(", ", missing));
    }

    [Fact]
    public void Codes_are_unique_and_follow_the_severity_convention()
    {
        var codes = SemanticDiagnosticCodes.All.Select(c => c.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        foreach (var code in SemanticDiagnosticCodes.All)
        {
            var expected = code.Code.StartsWith("ST1", StringComparison.Ordinal) ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            Assert.Equal(expected, code.Severity);
        }
    }

    private static Compilation Compile(string fileName)
    {
        var path = Path.Combine(Directory(), fileName);
        var dialect = fileName.EndsWith(".iec.st", StringComparison.Ordinal) ? Dialect.Iec : DialectExtensions.FromPath(path);
        var text = File.ReadAllText(path);
        const string declared = "// libraries:";
        var libraries = text.StartsWith(declared, StringComparison.Ordinal)
            ? new LibraryReferences(text[declared.Length..text.IndexOf('\n', StringComparison.Ordinal)].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            : LibraryReferences.None;
        return Compilation.Create([SyntaxTree.Parse(new SourceText(text, fileName), dialect)], libraries);
    }

    private static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append(d.Start.Line).Append(':').Append(d.Start.Column).Append('-')
                .Append(d.End.Line).Append(':').Append(d.End.Column).Append(' ')
                .Append(d.Severity.ToString().ToLowerInvariant()).Append(' ')
                .Append(d.Code).Append(' ').Append(d.Message).Append('\n');
        }

        return builder.ToString();
    }

    private static bool IsInput(string path) => path.EndsWith(".st", StringComparison.Ordinal) || path.EndsWith(".scl", StringComparison.Ordinal);

    private static string StripExtension(string fileName) =>
        fileName.EndsWith(".iec.st", StringComparison.Ordinal) ? fileName[..^".st".Length] : Path.GetFileNameWithoutExtension(fileName);
}
