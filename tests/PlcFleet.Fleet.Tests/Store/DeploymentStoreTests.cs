using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class DeploymentStoreTests : StoreFixture
{
    private async Task<ChangeRequestRecord> ApprovedChangeAsync()
    {
        await StartGuardRun();
        var cr = (await Store.CreateChangeRequestAsync(GuardChange("run-1"))).ChangeRequest;
        return (await Store.SetChangeRequestStateAsync(cr.Id, ChangeRequestState.Approved))!;
    }

    private static AuditEntry Deployed(long id) => new("erik", AuditActions.ChangeRequestDeployed, $"cr-{id}", new { site = "lyon-l1" });

    [Fact]
    public async Task A_deployment_its_state_and_its_audit_record_are_written_together()
    {
        var cr = await ApprovedChangeAsync();

        var deployment = await Store.RecordDeploymentAsync(new NewDeployment(cr.Id, "lyon-l1", "pilot", "erik", DeploymentOutcome.Deployed), ChangeRequestState.Deployed, Deployed(cr.Id));

        Assert.Equal([deployment], await Store.ListDeploymentsAsync(cr.Id));
        Assert.Equal(ChangeRequestState.Deployed, (await Store.GetChangeRequestAsync(cr.Id))!.State);
        var audit = Assert.Single(await Store.Audit.ReadAllAsync());
        Assert.Equal((AuditActions.ChangeRequestDeployed, "erik", """{"site":"lyon-l1"}"""), (audit.Action, audit.Actor, audit.DetailsJson));
    }

    [Fact]
    public async Task When_the_audit_record_cannot_be_written_nothing_is_recorded_as_deployed()
    {
        var cr = await ApprovedChangeAsync();
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END;";
            command.ExecuteNonQuery();
        }

        await Assert.ThrowsAsync<SqliteException>(() =>
            Store.RecordDeploymentAsync(new NewDeployment(cr.Id, "lyon-l1", "pilot", "erik", DeploymentOutcome.Deployed), ChangeRequestState.Deployed, Deployed(cr.Id)));

        Assert.Empty(await Store.ListDeploymentsAsync(cr.Id));
        Assert.Equal(ChangeRequestState.Approved, (await Store.GetChangeRequestAsync(cr.Id))!.State);
    }

    [Fact]
    public async Task A_failed_deployment_leaves_the_state_alone()
    {
        var cr = await ApprovedChangeAsync();

        await Store.RecordDeploymentAsync(
            new NewDeployment(cr.Id, "lyon-l1", "pilot", "erik", DeploymentOutcome.Failed, "conflict"), null, new AuditEntry("erik", AuditActions.DeploymentFailed, $"cr-{cr.Id}"));

        Assert.Equal(ChangeRequestState.Approved, (await Store.GetChangeRequestAsync(cr.Id))!.State);
        Assert.Equal(DeploymentOutcome.Failed, Assert.Single(await Store.ListDeploymentsAsync(cr.Id)).Outcome);
    }
}
