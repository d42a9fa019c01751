using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Syntax;

/// <summary>
/// Golden files: every Golden/Syntax/&lt;case&gt;.st or .scl is parsed and its tree dump compared with
/// &lt;case&gt;.tree.txt. Files named *.iec.st are read as strict IEC. To accept new output after a deliberate
/// change, run the tests with UPDATE_GOLDEN=1 and review the diff of the .tree.txt files before committing.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(SyntaxTestHelpers.GoldenDirectory()).Where(IsInput).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tree_dump_matches_the_golden_file(string fileName)
    {
        var inputPath = Path.Combine(SyntaxTestHelpers.GoldenDirectory(), fileName);
        var tree = Parse(inputPath, fileName);
        var actual = SyntaxTreePrinter.Print(tree);
        var expectedPath = Path.Combine(SyntaxTestHelpers.GoldenDirectory(), Path.GetFileNameWithoutExtension(fileName) + ".tree.txt");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run the tests with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_input_round_trips_byte_for_byte(string fileName)
    {
        var tree = Parse(Path.Combine(SyntaxTestHelpers.GoldenDirectory(), fileName), fileName);
        SyntaxTestHelpers.AssertRoundTrips(tree);
        SyntaxTestHelpers.AssertSpansAreContiguous(tree);
    }

    private static bool IsInput(string path) => path.EndsWith(".st", StringComparison.Ordinal) || path.EndsWith(".scl", StringComparison.Ordinal);

    private static SyntaxTree Parse(string path, string fileName)
    {
        var dialect = fileName.EndsWith(".iec.st", StringComparison.Ordinal) ? Dialect.Iec : DialectExtensions.FromPath(path);
        return SyntaxTree.Parse(new SourceText(File.ReadAllText(path), fileName), dialect);
    }
}
