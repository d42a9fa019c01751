using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.TestData;

/// <summary>
/// The test assembly's entry point. With arguments <c>write-store DB COUNT NAME</c> it acts as a second
/// plcfleet process hammering the same store, so the tests can prove cross-process safety with real processes.
/// </summary>
public static class ChildProcessEntry
{
    public static int Main(string[] args)
    {
        if (args is not ["write-store", var path, var countText, var name])
        {
            return 2;
        }

        var store = SqliteFleetStore.Open(path);
        var count = int.Parse(countText, System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < count; i++)
        {
            store.Audit.AppendAsync(name, "site.state", $"run-1/{name}-{i}", new { attempt = i }).GetAwaiter().GetResult();
            store.SetSiteStateAsync("run-1", $"{name}-{i % 5}", SiteRunState.Running, $"attempt {i}", countAttempt: true).GetAwaiter().GetResult();
        }

        return 0;
    }
}
