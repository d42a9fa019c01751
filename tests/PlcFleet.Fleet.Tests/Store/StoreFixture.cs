using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Tests.TestData;

namespace PlcFleet.Fleet.Tests.Store;

/// <summary>A real SQLite store file in a temp folder, with a hand-moved clock.</summary>
public abstract class StoreFixture : IDisposable
{
    protected StoreFixture()
    {
        DatabasePath = Folder.Combine("state", "plcfleet.db");
        Store = SqliteFleetStore.Open(DatabasePath, Clock);
    }

    protected TempFolder Folder { get; } = new();

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));

    protected string DatabasePath { get; }

    protected SqliteFleetStore Store { get; }

    protected static NewChangeRequest GuardChange(string runId, string site = "lyon-l1", string commit = "3f9c2a1e") =>
        new(runId, "guard-monitor", site, $"plcfleet/guard-monitor/{site}", commit,
            "-IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN\n+Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);",
            """{"compile":"passed","safety":"passed"}""");

    protected Task<RunRecord> StartGuardRun(string? id = "run-1") =>
        Store.StartRunAsync(new NewRun("guard-monitor", 2, new string('a', 64), """{"parallel":2}""", id));

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
