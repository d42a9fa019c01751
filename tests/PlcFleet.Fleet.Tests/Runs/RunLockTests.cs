using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;

namespace PlcFleet.Fleet.Tests.Runs;

public sealed class RunLockTests : IDisposable
{
    private readonly TestData.TempFolder work = new();

    public void Dispose() => work.Dispose();

    [Fact]
    public void A_held_lock_refuses_a_second_holder_and_names_the_first()
    {
        var migration = Parse(TestData.Migrations.GuardMonitor);

        using var first = RunLock.TryAcquire(work.Path, migration, out _);
        var second = RunLock.TryAcquire(work.Path, migration, out var holder);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.StartsWith($"process {Environment.ProcessId} on {Environment.MachineName}", holder, StringComparison.Ordinal);
        Assert.Contains($"by another plcfleet process (process {Environment.ProcessId}", RunLock.BusyMessage(migration, work.Path, holder), StringComparison.Ordinal);
    }

    [Fact]
    public void A_released_lock_can_be_taken_again()
    {
        var migration = Parse(TestData.Migrations.GuardMonitor);

        RunLock.TryAcquire(work.Path, migration, out _)!.Dispose();
        using var again = RunLock.TryAcquire(work.Path, migration, out var holder);

        Assert.NotNull(again);
        Assert.Null(holder);
    }

    [Fact]
    public void Another_version_of_the_prompt_is_another_run_and_not_blocked()
    {
        var v2 = Parse(TestData.Migrations.GuardMonitor);
        var v3 = Parse(TestData.Migrations.WithFrontMatterLine("version: 2", "version: 3"));

        using var first = RunLock.TryAcquire(work.Path, v2, out _);
        using var second = RunLock.TryAcquire(work.Path, v3, out _);

        Assert.NotNull(first);
        Assert.NotNull(second);
    }

    private static Migration Parse(string text) => MigrationParser.Parse(text, "migrations/guard-monitor.md").Migration!;
}
