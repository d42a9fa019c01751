using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Projects;

public sealed class SiteSettingsTests
{
    private static readonly SiteSettings Mixed = new(
        [],
        Dialect.Iec,
        new Dictionary<string, Dialect>(StringComparer.OrdinalIgnoreCase) { ["src"] = Dialect.Codesys, ["src/s7/"] = Dialect.Scl },
        []);

    [Theory]
    [InlineData("src/PRG_Conveyor.st", Dialect.Codesys)]
    [InlineData("src/s7/FB_Guard.st", Dialect.Scl)]
    [InlineData("SRC\\S7\\FB_Guard.st", Dialect.Scl)]
    [InlineData("legacy/PRG_Press.st", Dialect.Iec)]
    [InlineData("legacy/FB_Interlock.scl", Dialect.Scl)]
    [InlineData("srcx/PRG_Main.st", Dialect.Iec)]
    public void The_most_specific_folder_setting_wins_then_the_extension_then_the_site_default(string file, Dialect expected)
    {
        Assert.Equal(expected, Mixed.DialectOf(file));
    }

    [Fact]
    public void Without_settings_st_is_codesys_and_scl_is_siemens()
    {
        Assert.Equal(Dialect.Codesys, SiteSettings.Default.DialectOf("PRG_Main.st"));
        Assert.Equal(Dialect.Scl, SiteSettings.Default.DialectOf("FB_Guard.SCL"));
    }
}
