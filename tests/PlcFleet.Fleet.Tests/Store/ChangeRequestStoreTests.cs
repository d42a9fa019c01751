using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Store;

public sealed class ChangeRequestStoreTests : StoreFixture
{
    [Fact]
    public async Task Change_request_round_trips_and_opens()
    {
        await StartGuardRun();

        var creation = await Store.CreateChangeRequestAsync(GuardChange("run-1"));
        var loaded = await Store.GetChangeRequestAsync(creation.ChangeRequest.Id);

        Assert.True(creation.Created);
        Assert.Equal(creation.ChangeRequest, loaded);
        Assert.Equal(ChangeRequestState.Open, loaded!.State);
        Assert.Equal("plcfleet/guard-monitor/lyon-l1", loaded.Branch);
        Assert.Contains("SAFETY_GUARD_MONITOR", loaded.Diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_the_same_change_again_returns_the_existing_one()
    {
        await StartGuardRun("run-1");
        await StartGuardRun("run-2");
        var first = await Store.CreateChangeRequestAsync(GuardChange("run-1"));

        // A resumed run (even under a new run id) must not open a second change request for the same commit.
        var again = await Store.CreateChangeRequestAsync(GuardChange("run-2"));

        Assert.False(again.Created);
        Assert.Equal(first.ChangeRequest, again.ChangeRequest);
        Assert.Single(await Store.ListChangeRequestsAsync());
    }

    [Fact]
    public async Task A_new_commit_or_site_is_a_new_change_request()
    {
        await StartGuardRun();
        await Store.CreateChangeRequestAsync(GuardChange("run-1"));

        Assert.True((await Store.CreateChangeRequestAsync(GuardChange("run-1", commit: "77aa01bc"))).Created);
        Assert.True((await Store.CreateChangeRequestAsync(GuardChange("run-1", site: "gent-a1"))).Created);
        Assert.Equal(3, (await Store.ListChangeRequestsAsync(runId: "run-1")).Count);
    }

    [Fact]
    public async Task Concurrent_creation_of_the_same_change_creates_exactly_one()
    {
        await StartGuardRun();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Fleet.Store.SqliteFleetStore.Open(DatabasePath).CreateChangeRequestAsync(GuardChange("run-1")))));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.ChangeRequest.Id).Distinct());
    }

    [Fact]
    public async Task State_changes_are_stored_and_filterable()
    {
        await StartGuardRun();
        var a = (await Store.CreateChangeRequestAsync(GuardChange("run-1"))).ChangeRequest;
        var b = (await Store.CreateChangeRequestAsync(GuardChange("run-1", site: "gent-a1"))).ChangeRequest;
        Clock.Advance(TimeSpan.FromHours(3));

        var approved = await Store.SetChangeRequestStateAsync(a.Id, ChangeRequestState.Approved);

        Assert.Equal(ChangeRequestState.Approved, approved!.State);
        Assert.Equal(a.CreatedUtc.AddHours(3), approved.UpdatedUtc);
        Assert.Equal([a.Id], (await Store.ListChangeRequestsAsync(ChangeRequestState.Approved)).Select(c => c.Id));
        Assert.Equal([b.Id], (await Store.ListChangeRequestsAsync(ChangeRequestState.Open)).Select(c => c.Id));
        Assert.Null(await Store.SetChangeRequestStateAsync(999, ChangeRequestState.Rejected));
    }

    [Fact]
    public async Task Users_have_roles_and_unique_names()
    {
        var added = await Store.TryAddUserAsync("m.durand", UserRole.SafetyEngineer, "pbkdf2$hash");

        Assert.NotNull(added);
        Assert.Null(await Store.TryAddUserAsync("m.durand", UserRole.Admin, "other"));
        Assert.Equal(UserRole.SafetyEngineer, (await Store.FindUserAsync("m.durand"))!.Role);
        Assert.Null(await Store.FindUserAsync("nobody"));
        await Store.TryAddUserAsync("a.silva", UserRole.Engineer, "pbkdf2$hash2");
        Assert.Equal(["a.silva", "m.durand"], (await Store.ListUsersAsync()).Select(u => u.Name));
    }

    [Fact]
    public async Task Reviews_record_the_commit_the_reviewer_saw()
    {
        await StartGuardRun();
        var cr = (await Store.CreateChangeRequestAsync(GuardChange("run-1"))).ChangeRequest;
        await Store.TryAddUserAsync("m.durand", UserRole.SafetyEngineer, "hash");

        await Store.AddReviewAsync(new NewReview(cr.Id, "m.durand", ReviewVerdict.ChangesRequested, "keep the comment on the infeed guard", "3f9c2a1e"));
        await Store.AddReviewAsync(new NewReview(cr.Id, "m.durand", ReviewVerdict.Approved, "dual channel preserved", "3f9c2a1e"));

        var reviews = await Store.ListReviewsAsync(cr.Id);
        Assert.Equal([ReviewVerdict.ChangesRequested, ReviewVerdict.Approved], reviews.Select(r => r.Verdict));
        Assert.All(reviews, r => Assert.Equal("3f9c2a1e", r.CommitSha));
    }

    [Fact]
    public async Task Review_of_unknown_change_request_or_user_is_refused()
    {
        await StartGuardRun();
        var cr = (await Store.CreateChangeRequestAsync(GuardChange("run-1"))).ChangeRequest;

        var noCr = await Assert.ThrowsAsync<FleetStoreException>(() => Store.AddReviewAsync(new NewReview(42, "m.durand", ReviewVerdict.Approved, "", "x")));
        var noUser = await Assert.ThrowsAsync<FleetStoreException>(() => Store.AddReviewAsync(new NewReview(cr.Id, "intruder", ReviewVerdict.Approved, "", "x")));

        Assert.Equal("change request 42 does not exist", noCr.Message);
        Assert.Equal("user 'intruder' does not exist", noUser.Message);
    }

    [Fact]
    public async Task Deployments_and_rollbacks_are_listed_per_change_request()
    {
        await StartGuardRun();
        var cr = (await Store.CreateChangeRequestAsync(GuardChange("run-1"))).ChangeRequest;
        var other = (await Store.CreateChangeRequestAsync(GuardChange("run-1", site: "gent-a1"))).ChangeRequest;

        await Store.RecordDeploymentAsync(new NewDeployment(cr.Id, "lyon-l1", "pilot", "m.durand", DeploymentOutcome.Deployed, "Sat maintenance window"));
        await Store.RecordDeploymentAsync(new NewDeployment(cr.Id, "lyon-l1", "pilot", "m.durand", DeploymentOutcome.RolledBack, "guard fault on restart"));
        await Store.RecordDeploymentAsync(new NewDeployment(other.Id, "gent-a1", null, "a.silva", DeploymentOutcome.Failed));

        var deployments = await Store.ListDeploymentsAsync(cr.Id);
        Assert.Equal([DeploymentOutcome.Deployed, DeploymentOutcome.RolledBack], deployments.Select(d => d.Outcome));
        Assert.Equal("pilot", deployments[0].Wave);
        Assert.Null((await Store.ListDeploymentsAsync(other.Id)).Single().Wave);
        Assert.Equal(3, (await Store.ListDeploymentsAsync()).Count);
        await Assert.ThrowsAsync<FleetStoreException>(() => Store.RecordDeploymentAsync(new NewDeployment(77, "x", null, "y", DeploymentOutcome.Deployed)));
    }
}
