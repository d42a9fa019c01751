using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class ReleaseIntentStoreTests : StoreFixture
{
    private async Task<ChangeRequestRecord> ApprovedAsync()
    {
        await StartGuardRun();
        var cr = (await Store.CreateChangeRequestAsync(GuardChange("run-1"))).ChangeRequest;
        return (await Store.SetChangeRequestStateAsync(cr.Id, ChangeRequestState.Approved))!;
    }

    private static NewReleaseIntent Deploy(long changeRequestId) =>
        new(changeRequestId, "lyon-l1", "pilot", ReleaseIntentKind.Deploy, "release", "a1b2c3d4", "3f9c2a1e", "erik", """{"approvedBy":["marta"]}""");

    private static ReleaseIntentOutcome Deployed(long changeRequestId) =>
        new("deployed", new NewDeployment(changeRequestId, "lyon-l1", "pilot", "erik", DeploymentOutcome.Deployed), ChangeRequestState.Deployed,
            new AuditEntry("erik", AuditActions.ChangeRequestDeployed, $"cr-{changeRequestId}"));

    [Fact]
    public async Task An_intent_stays_open_until_its_outcome_is_recorded_with_it()
    {
        var cr = await ApprovedAsync();
        var intent = await Store.TryOpenReleaseIntentAsync(Deploy(cr.Id));

        Assert.Equal(
            (cr.Id, ReleaseIntentKind.Deploy, "a1b2c3d4", "3f9c2a1e", Clock.GetUtcNow()),
            (intent!.ChangeRequestId, intent.Kind, intent.ReleaseBefore, intent.CommitSha, intent.CreatedUtc));
        Assert.Equal([intent], await Store.ListOpenReleaseIntentsAsync());

        var closed = await Store.CloseReleaseIntentAsync(intent.Id, Deployed(cr.Id));

        Assert.Equal(DeploymentOutcome.Deployed, closed!.Deployment!.Outcome);
        Assert.Empty(await Store.ListOpenReleaseIntentsAsync());
        Assert.Equal(ChangeRequestState.Deployed, (await Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.Single(await Store.Audit.ReadAllAsync());
    }

    [Fact]
    public async Task A_change_request_has_one_open_intent_at_a_time()
    {
        var cr = await ApprovedAsync();
        var first = await Store.TryOpenReleaseIntentAsync(Deploy(cr.Id));

        Assert.Null(await Store.TryOpenReleaseIntentAsync(Deploy(cr.Id)));

        await Store.CloseReleaseIntentAsync(first!.Id, Deployed(cr.Id));
        Assert.NotNull(await Store.TryOpenReleaseIntentAsync(Deploy(cr.Id) with { Kind = ReleaseIntentKind.Rollback }));
    }

    [Fact]
    public async Task An_intent_is_closed_once_and_its_outcome_written_once()
    {
        var cr = await ApprovedAsync();
        var intent = await Store.TryOpenReleaseIntentAsync(Deploy(cr.Id));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Store.CloseReleaseIntentAsync(intent!.Id, Deployed(cr.Id)))));

        Assert.Single(results, r => r is not null);
        Assert.Single(await Store.ListDeploymentsAsync(cr.Id));
        Assert.Single(await Store.Audit.ReadAllAsync());
    }

    [Fact]
    public async Task When_the_audit_record_cannot_be_written_the_intent_stays_open_and_nothing_is_recorded()
    {
        var cr = await ApprovedAsync();
        var intent = await Store.TryOpenReleaseIntentAsync(Deploy(cr.Id));
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END;";
            command.ExecuteNonQuery();
        }

        await Assert.ThrowsAsync<SqliteException>(() => Store.CloseReleaseIntentAsync(intent!.Id, Deployed(cr.Id)));

        Assert.Single(await Store.ListOpenReleaseIntentsAsync());
        Assert.Empty(await Store.ListDeploymentsAsync(cr.Id));
        Assert.Equal(ChangeRequestState.Approved, (await Store.GetChangeRequestAsync(cr.Id))!.State);
    }
}
