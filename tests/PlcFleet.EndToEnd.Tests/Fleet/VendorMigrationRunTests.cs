using PlcFleet.Fleet.Store;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>
/// A migration over the example fleet that edits ST inside a TwinCAT .TcPOU (a property's Set accessor) and inside a
/// Rockwell .L5X changes an output on purpose; the equivalence verifier must prove everything else unchanged, and
/// where the symbolic model cannot, the site goes to a person instead of passing on random traces.
/// </summary>
public sealed class VendorMigrationRunTests
{
    [Fact]
    public async Task The_speed_limit_migration_is_stopped_for_review_where_equivalence_cannot_be_proven()
    {
        // The limit changes the speed reference on purpose (allowed_output_changes); that nothing else changes must be
        // proven, and the symbolic model does not cover a TwinCAT action call nor a Logix UDT: both sites escalate
        // with what could not be modelled, and no change request is opened on a random search alone.
        using var folder = new TempFolder();
        ExampleFleet.CopyTo(folder);

        var run = CliRunner.Run(folder.Path, "migration", "run", "migrations/infeed-speed-limit.md", "--fleet", "fleet.yaml", "--parallel", "2");

        Assert.Matches(@"hamburg-l5\s+needs human review: equivalence: EQV006 PLC/POUs/MAIN.TcPOU:\d+:\d+: MAIN: .*the call of A_Reset", run.StdOut);
        Assert.Matches(@"ohio-l2\s+needs human review: equivalence: EQV006 Logix/OH_L2_CasePacker.L5X:\d+:\d+: Infeed: .*UDT_Conveyor", run.StdOut);
        var store = SqliteFleetStore.Open(Path.Combine(folder.Path, ".plcfleet", "plcfleet.db"));
        Assert.Empty(await store.ListChangeRequestsAsync());
    }
}
