using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Tests.Inventory;

public sealed class MaintenanceWindowTests
{
    private static readonly MaintenanceWindow SaturdayMorning = new(DayOfWeek.Saturday, new TimeOnly(6, 0), new TimeOnly(14, 0));
    private static readonly MaintenanceWindow NightShift = new(DayOfWeek.Friday, new TimeOnly(22, 0), new TimeOnly(6, 0));

    [Theory]
    [InlineData("2026-11-28T06:00", true)]
    [InlineData("2026-11-28T13:59", true)]
    [InlineData("2026-11-28T14:00", false)]
    [InlineData("2026-11-27T10:00", false)]
    public void Day_window(string time, bool inside) => Assert.Equal(inside, SaturdayMorning.Contains(DateTime.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-27T23:00", true)]
    [InlineData("2026-11-28T05:59", true)]
    [InlineData("2026-11-28T06:00", false)]
    [InlineData("2026-11-27T21:59", false)]
    public void Window_over_midnight(string time, bool inside) => Assert.Equal(inside, NightShift.Contains(DateTime.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
}
