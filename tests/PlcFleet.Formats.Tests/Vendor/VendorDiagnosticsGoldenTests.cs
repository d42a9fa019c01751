using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Vendor;

/// <summary>
/// Bad vendor files (Golden/Vendor/NAME) and the diagnostics a user sees for them (NAME.expected): reader problems,
/// then syntax errors of the embedded ST, every one at the vendor file's line and column. Set PLCFLEET_UPDATE_GOLDEN=1
/// to rewrite the expected files after a deliberate change.
/// </summary>
public sealed class VendorDiagnosticsGoldenTests
{
    private static string Folder => Path.Combine(RepositoryFolder.Root, "tests", "PlcFleet.Formats.Tests", "Golden", "Vendor");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string name)
    {
        var path = Path.Combine(Folder, name);
        var document = VendorFiles.Read(path, name);
        var lines = document.Diagnostics.Select(d => d.ToString()).ToList();
        if (document.StructuredText is { } view)
        {
            lines.AddRange(SyntaxTree.Parse(view.Text).Diagnostics.Select(d => d.ToString()));
        }

        lines.Add($"write-back identical: {document.WriteBack().AsSpan().SequenceEqual(File.ReadAllBytes(path))}");
        var actual = string.Join("\n", lines) + "\n";
        var expectedPath = path + ".expected";
        if (Environment.GetEnvironmentVariable("PLCFLEET_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}; actual:\n{actual}");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
