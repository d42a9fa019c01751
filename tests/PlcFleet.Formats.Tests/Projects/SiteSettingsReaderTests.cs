using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Tests.Projects;

public sealed class SiteSettingsReaderTests
{
    [Fact]
    public void Reads_folders_dialects_and_scenarios_and_leaves_the_safety_section_to_its_reader()
    {
        var (settings, diagnostics) = Read("""
            plc_folders: [src, lib]
            dialect: iec
            dialects:
              src/s7: scl
              lib/vendor: twincat
            scenarios: tests
            safety:
              patterns: ["*EStop*"]
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(["src", "lib"], settings.PlcFolders);
        Assert.Equal(Dialect.Iec, settings.DefaultDialect);
        Assert.Equal(Dialect.Scl, settings.FolderDialects["src/s7"]);
        Assert.Equal(Dialect.Codesys, settings.FolderDialects["lib/vendor"]);
        Assert.Equal(["tests"], settings.ScenarioFolders);
    }

    [Fact]
    public void Reads_the_libraries_the_site_uses_once_each()
    {
        var (settings, diagnostics) = Read("libraries: [Tc2_Standard, Tc2_System, Tc2_MC2, tc2_system]\n");

        Assert.Empty(diagnostics);
        Assert.Equal(["Tc2_Standard", "Tc2_System", "Tc2_MC2"], settings.Libraries);
    }

    [Fact]
    public void An_empty_file_means_the_defaults()
    {
        var (settings, diagnostics) = Read("# nothing configured yet\n");

        Assert.Empty(diagnostics);
        Assert.Same(SiteSettings.Default, settings);
    }

    [Theory]
    [InlineData("plc_folders: src\ndialect: codesys3\n", "PF0003", 2, 10, "unknown dialect 'codesys3'; use one of codesys, twincat, iec, scl")]
    [InlineData("plc_folder: src\n", "PF0002", 1, 1, "unknown setting 'plc_folder'")]
    [InlineData("plc_folders:\n  name: src\n", "PF0003", 2, 3, "'plc_folders' must be a folder or a list of folders")]
    [InlineData("dialects: scl\n", "PF0003", 1, 11, "'dialects' must map folders to dialects")]
    [InlineData("dialects:\n  src/s7: [scl]\n", "PF0003", 2, 11, "unknown dialect ''")]
    [InlineData("- src\n- lib\n", "PF0003", 1, 1, "plcfleet.yaml must be a mapping of settings")]
    [InlineData("plc_folders: [src\ndialect: iec\n", "PF0001", 1, 14, "invalid YAML: this '[' is never closed with ']'")]
    [InlineData("[src, lib]: codesys\n", "PF0002", 1, 1, "setting names are plain words")]
    [InlineData("dialects:\n  [src, lib]: scl\n", "PF0003", 2, 3, "a folder name, not a list")]
    [InlineData("libraries:\n  Tc2_System: 3.3.1\n", "PF0003", 2, 3, "'libraries' must be a list of library names")]
    [InlineData("libraries:\n  - Tc2_System\n  - Tc2 MC2\n", "PF0003", 3, 5, "'Tc2 MC2' is not a library name")]
    [InlineData("libraries: [Util, [SysFile]]\n", "PF0003", 1, 19, "each entry of 'libraries' is a library name, not a list")]
    public void A_broken_setting_is_an_error_at_its_line_and_column(string yaml, string code, int line, int column, string message)
    {
        var (_, diagnostics) = Read(yaml);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((line, column), (diagnostic.Start.Line, diagnostic.Start.Column));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith($"sites/lyon-l1/plcfleet.yaml:{line}:{column}: error {code}:", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_the_file_is_reported_not_only_the_first()
    {
        var (settings, diagnostics) = Read("dialect: ladder\nplc_folders: src\nscenario: tests\n");

        Assert.Equal(["PF0003", "PF0002"], diagnostics.Select(d => d.Code));
        Assert.Equal(["src"], settings.PlcFolders);
    }

    private static (SiteSettings Settings, List<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var settings = SiteSettingsReader.Read(new SourceText(yaml, "sites/lyon-l1/plcfleet.yaml"), diagnostics);
        return (settings, diagnostics);
    }
}
