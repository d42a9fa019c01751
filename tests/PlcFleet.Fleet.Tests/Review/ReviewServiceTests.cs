using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Review;

public sealed class ReviewServiceTests : IDisposable
{
    private readonly ReviewFleet _fleet = new();

    [Fact]
    public async Task A_safety_engineer_approves_a_safety_related_change_and_it_is_audited()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");

        var result = await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "dual channel kept, SF block certified");

        Assert.True(result.Succeeded, result.Refusal?.Reason);
        Assert.Equal(ChangeRequestState.Approved, result.ChangeRequest!.State);
        var audit = await _fleet.Store.Audit.ReadAllAsync();
        Assert.Contains(audit, r => r.Action == AuditActions.ChangeRequestApproved && r.Actor == "marta" && r.Subject == $"cr-{cr.Id}");
    }

    [Fact]
    public async Task An_engineer_cannot_approve_a_safety_related_change()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");

        var result = await _fleet.Reviews.ApproveAsync(cr.Id, "erik", "looks fine");

        Assert.False(result.Succeeded);
        Assert.Contains("safety engineer must approve", result.Refusal!.Reason);
        Assert.Empty(await _fleet.Store.ListReviewsAsync(cr.Id));
    }

    [Fact]
    public async Task Safety_findings_make_a_non_safety_migration_need_a_safety_engineer()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", safetyRelated: false, findings: ["PRG_Guards.st:9: E-stop output written twice"]);

        Assert.False((await _fleet.Reviews.ApproveAsync(cr.Id, "erik", "ok")).Succeeded);
        Assert.True((await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "finding reviewed: both writes identical")).Succeeded);
    }

    [Fact]
    public async Task An_engineer_approves_a_change_that_is_not_safety_related()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", safetyRelated: false);

        var result = await _fleet.Reviews.ApproveAsync(cr.Id, "erik", "HMI text only");

        Assert.True(result.Succeeded, result.Refusal?.Reason);
        Assert.Equal(ChangeRequestState.Approved, result.ChangeRequest!.State);
    }

    [Fact]
    public async Task An_admin_cannot_approve()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", safetyRelated: false);

        var result = await _fleet.Reviews.ApproveAsync(cr.Id, "ada", "approving as admin");

        Assert.Contains("only engineers and safety engineers approve", result.Refusal!.Reason);
    }

    [Fact]
    public async Task Nobody_approves_a_change_whose_run_they_started()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", runActor: "marta");

        var result = await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "my own run");

        Assert.Contains("started the run", result.Refusal!.Reason);
    }

    [Fact]
    public async Task Nobody_approves_a_change_they_authored_in_git()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", author: "tomas");

        var result = await _fleet.Reviews.ApproveAsync(cr.Id, "tomas", "my own edit");

        Assert.Contains("tomas authored it", result.Refusal!.Reason);
        Assert.True((await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "second pair of eyes")).Succeeded);
    }

    [Fact]
    public async Task The_two_person_rule_needs_two_distinct_approvers_one_of_them_a_safety_engineer()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", requiredApprovals: 2);

        var first = await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "checked the channels");
        Assert.True(first.Succeeded);
        Assert.Equal(ChangeRequestState.Open, first.ChangeRequest!.State);
        Assert.Equal("needs 1 of 2 approvals", first.Status!.Missing);

        var again = await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "me again");
        Assert.Contains("already approved", again.Refusal!.Reason);

        var second = await _fleet.Reviews.ApproveAsync(cr.Id, "erik", "second person");
        Assert.True(second.Succeeded, second.Refusal?.Reason);
        Assert.Equal(ChangeRequestState.Approved, second.ChangeRequest!.State);
    }

    [Fact]
    public async Task With_two_approvals_required_two_engineers_cannot_complete_a_safety_change()
    {
        await _fleet.AddUsersAsync();
        await _fleet.Store.TryAddUserAsync("nils", UserRole.Engineer, "x");
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", requiredApprovals: 2);

        Assert.True((await _fleet.Reviews.ApproveAsync(cr.Id, "erik", "first")).Succeeded);
        var second = await _fleet.Reviews.ApproveAsync(cr.Id, "nils", "second");

        Assert.Contains("safety engineer must approve", second.Refusal!.Reason);
        Assert.True((await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "safety sign-off")).Succeeded);
        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
    }

    [Fact]
    public async Task A_new_commit_on_the_branch_voids_the_approval()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        Assert.True((await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok")).Succeeded);

        var pushed = _fleet.PushCommit("lyon-l1", cr.Branch);
        var approved = (await _fleet.Store.GetChangeRequestAsync(cr.Id))!;
        var status = await _fleet.Reviews.CheckAsync(approved);

        Assert.False(status.IsApproved);
        Assert.Equal(pushed, status.BranchHead);
        Assert.Single(status.VoidApprovals);
        Assert.Equal(ChangeRequestState.Open, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        var audit = await _fleet.Store.Audit.ReadAllAsync();
        Assert.Contains(audit, r => r.Action == AuditActions.ApprovalVoided && r.Subject == $"cr-{cr.Id}");

        var reapprove = await _fleet.Reviews.ApproveAsync(cr.Id, "tomas", "ok");
        Assert.Contains("never verified", reapprove.Refusal!.Reason);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_closes_the_change_request()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");

        Assert.False((await _fleet.Reviews.RejectAsync(cr.Id, "marta", " ")).Succeeded);
        var rejected = await _fleet.Reviews.RejectAsync(cr.Id, "marta", "muting timer removed from the light curtain");

        Assert.True(rejected.Succeeded);
        Assert.Equal(ChangeRequestState.Rejected, rejected.ChangeRequest!.State);
        Assert.Contains("is rejected", (await _fleet.Reviews.ApproveAsync(cr.Id, "tomas", "ok")).Refusal!.Reason);
    }

    [Fact]
    public async Task Unknown_users_and_change_requests_are_refused_with_a_reason()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");

        Assert.Contains("not a user", (await _fleet.Reviews.ApproveAsync(cr.Id, "mallory", "ok")).Refusal!.Reason);
        Assert.Contains("no change request CR-99", (await _fleet.Reviews.ApproveAsync(99, "marta", "ok")).Refusal!.Reason);
    }

    [Fact]
    public async Task Feedback_lists_rejection_reasons_and_debriefs_per_version()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.RejectAsync(cr.Id, "marta", "muting timer removed from the light curtain");

        var feedback = await new PlcFleet.Fleet.Review.MigrationFeedbackReader(_fleet.Store).ReadAsync("guard-monitor");

        var version = Assert.Single(feedback.Versions);
        Assert.Equal(2, version.Version);
        Assert.Equal("muting timer removed from the light curtain", Assert.Single(version.Rejections).Reason);
        Assert.Contains("FB instance name", Assert.Single(version.Debriefs).Debrief);
    }

    public void Dispose() => _fleet.Dispose();
}
