namespace PlcFleet.Fleet.Inventory;

/// <summary>
/// A weekly slot when the line may be touched, in plant local time. A window whose end is before its start
/// runs over midnight (a night shift from 22:00 to 06:00).
/// </summary>
public sealed record MaintenanceWindow(DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    public bool Contains(DateTime plantLocalTime)
    {
        var time = TimeOnly.FromDateTime(plantLocalTime);
        if (Start < End)
        {
            return plantLocalTime.DayOfWeek == Day && time >= Start && time < End;
        }

        var nextDay = (DayOfWeek)(((int)Day + 1) % 7);
        return (plantLocalTime.DayOfWeek == Day && time >= Start) || (plantLocalTime.DayOfWeek == nextDay && time < End);
    }

    public override string ToString() => $"{Day.ToString()[..3]} {Start:HH\\:mm}-{End:HH\\:mm}";
}
