using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Vendor;

namespace PlcFleet.Formats.Tests.Vendor;

/// <summary>The example fleet's vendor sites (TwinCAT project, L5X, PLCopen XML) compile and survive a write-back byte for byte.</summary>
public sealed class VendorExampleSitesTests
{
    public static TheoryData<string> Sites() => new(["hamburg-l5", "ohio-l2", "nantes-l3"]);

    [Theory]
    [MemberData(nameof(Sites))]
    public void Site_compiles_without_errors_from_its_vendor_files(string site)
    {
        var folder = SiteFolderOf(site);

        var project = PlcProjectLoader.Load(folder, folder);

        Assert.NotEmpty(project.Files);
        Assert.All(project.Files, f => Assert.NotNull(f.Vendor));
        var errors = project.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotEmpty(project.Compilation.Global.Programs);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void Every_vendor_file_of_the_site_round_trips(string site)
    {
        var results = FormatsVerifier.Verify(SiteFolderOf(site), SiteFolderOf(site));

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.IsIdentical, $"{r.Path} differs at {r.FirstDifference}"));
    }

    private static string SiteFolderOf(string site) => Path.Combine(RepositoryFolder.Root, "examples", "fleet", "sites", site);
}
