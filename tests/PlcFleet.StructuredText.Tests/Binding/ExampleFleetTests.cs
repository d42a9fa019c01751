using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>
/// Every site of the bundled example fleet is real, working PLC code: it must compile without errors. Sites kept as
/// vendor project files (TwinCAT, L5X, PLCopen XML) are compiled through PlcFleet.Formats in its own tests.
/// </summary>
public sealed class ExampleFleetTests
{
    public static TheoryData<string> Sites()
    {
        var data = new TheoryData<string>();
        var sites = Path.Combine(BindingTestHelpers.RepositoryRoot(), "examples", "fleet", "sites");
        foreach (var site in Directory.EnumerateDirectories(sites).Order(StringComparer.Ordinal))
        {
            if (!Directory.EnumerateFiles(site, "*.*", SearchOption.AllDirectories).Any(IsStOrScl))
            {
                continue;
            }

            data.Add(Path.GetFileName(site));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Site_compiles_without_errors(string site)
    {
        var folder = Path.Combine(BindingTestHelpers.RepositoryRoot(), "examples", "fleet", "sites", site);
        var trees = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(IsStOrScl)
            .Order(StringComparer.Ordinal)
            .Select(p => SyntaxTree.ParseFile(p, Path.GetRelativePath(folder, p)))
            .ToList();
        Assert.NotEmpty(trees);

        var compilation = Compilation.Create(trees);

        var errors = compilation.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotEmpty(compilation.Global.Programs);
    }

    private static bool IsStOrScl(string path) =>
        path.EndsWith(".st", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".scl", StringComparison.OrdinalIgnoreCase);
}
