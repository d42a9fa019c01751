using PlcFleet.Fleet.Inventory;

namespace PlcFleet.Fleet.Rollout;

/// <summary>
/// Whether code may be put on (or taken off) a site's controller now. Nothing reaches a running line: a line in
/// maintenance or stopped may be changed; a line marked running only inside one of its maintenance windows, because
/// the window is the plant's scheduled stop of that line. Times are plant local time.
/// </summary>
public static class LineAccess
{
    /// <summary>Null when the line may be changed at <paramref name="plantLocalTime"/>, else why not.</summary>
    public static string? Refusal(Site site, DateTime plantLocalTime)
    {
        if (site.LineStatus != LineStatus.Running)
        {
            return null;
        }

        if (site.MaintenanceWindows.Any(w => w.Contains(plantLocalTime)))
        {
            return null;
        }

        var windows = site.MaintenanceWindows.Count == 0
            ? "it has no maintenance window in fleet.yaml"
            : "its maintenance windows are " + string.Join(", ", site.MaintenanceWindows);
        return $"line {site.Id} is running and {plantLocalTime:ddd HH:mm} is outside its maintenance windows ({windows}): nothing is deployed to a running line";
    }
}
