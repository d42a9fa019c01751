using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Rollout;
using Dialect = PlcFleet.StructuredText.Syntax.Dialect;

namespace PlcFleet.Fleet.Tests.Rollout;

public sealed class LineAccessTests
{
    private static Site Line(LineStatus status, params MaintenanceWindow[] windows) =>
        new("gent-a1", "Gent assembly cell", new SiteRepository("sites/gent-a1", "/tmp/gent-a1"), Vendor.Codesys, Dialect.Codesys, null, status, windows, [], "early", []);

    [Theory]
    [InlineData(LineStatus.Maintenance)]
    [InlineData(LineStatus.Stopped)]
    public void Lines_that_are_not_running_may_be_changed(LineStatus status) =>
        Assert.Null(LineAccess.Refusal(Line(status), new DateTime(2026, 11, 23, 10, 0, 0)));

    [Fact]
    public void A_running_line_may_be_changed_only_inside_its_maintenance_window()
    {
        var line = Line(LineStatus.Running, new MaintenanceWindow(DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(6, 0)));

        Assert.Null(LineAccess.Refusal(line, new DateTime(2026, 11, 29, 2, 30, 0)));
        Assert.Contains("outside its maintenance windows (its maintenance windows are Sat 22:00-06:00)", LineAccess.Refusal(line, new DateTime(2026, 11, 29, 6, 30, 0)));
    }

    [Fact]
    public void A_running_line_without_windows_is_never_changed() =>
        Assert.Contains("no maintenance window", LineAccess.Refusal(Line(LineStatus.Running), new DateTime(2026, 11, 28, 10, 0, 0)));
}
