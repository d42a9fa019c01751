using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Review;

/// <summary>
/// A decision is one transaction: when the audit record cannot be written (here a trigger stands in for a full disk
/// or a crash at that point), neither the review nor the state change it led to remain.
/// </summary>
public sealed class ReviewAtomicityTests : IDisposable
{
    private readonly ReviewFleet _fleet = new();

    [Fact]
    public async Task An_approval_whose_audit_record_fails_leaves_no_review_and_no_state_change()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        FailAuditInserts();

        await Assert.ThrowsAsync<SqliteException>(() => _fleet.Reviews.ApproveAsync(cr.Id, "marta", "dual channel kept"));

        Assert.Empty(await _fleet.Store.ListReviewsAsync(cr.Id));
        Assert.Equal(ChangeRequestState.Open, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
    }

    [Fact]
    public async Task A_rejection_whose_audit_record_fails_leaves_no_review_and_no_state_change()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        FailAuditInserts();

        await Assert.ThrowsAsync<SqliteException>(() => _fleet.Reviews.RejectAsync(cr.Id, "marta", "E-stop reset no longer latched"));

        Assert.Empty(await _fleet.Store.ListReviewsAsync(cr.Id));
        Assert.Equal(ChangeRequestState.Open, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
    }

    [Fact]
    public async Task A_voided_approval_whose_audit_record_fails_keeps_the_change_approved()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "ok");
        _fleet.PushCommit("lyon-l1", cr.Branch);
        FailAuditInserts();

        await Assert.ThrowsAsync<SqliteException>(async () => await _fleet.Reviews.CheckAsync((await _fleet.Store.GetChangeRequestAsync(cr.Id))!));

        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
    }

    [Fact]
    public async Task Two_safety_engineers_approving_at_once_complete_a_two_person_review()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1", requiredApprovals: 2);

        var results = await Task.WhenAll(
            Task.Run(() => _fleet.Reviews.ApproveAsync(cr.Id, "marta", "dual channel kept")),
            Task.Run(() => _fleet.Reviews.ApproveAsync(cr.Id, "tomas", "SF block certified")));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Refusal?.Reason));
        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(cr.Id))!.State);
        var approvals = (await _fleet.Store.Audit.ReadAllAsync()).Where(r => r.Action == AuditActions.ChangeRequestApproved).ToList();
        Assert.Equal(2, approvals.Count);
        Assert.Single(approvals, r => r.DetailsJson.Contains("\"complete\":true", StringComparison.Ordinal));
        Assert.True((await _fleet.Store.Audit.VerifyAsync()).IsValid);
    }

    private void FailAuditInserts()
    {
        using var connection = new SqliteConnection($"Data Source={_fleet.Store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TRIGGER audit_log_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END;";
        command.ExecuteNonQuery();
    }

    public void Dispose() => _fleet.Dispose();
}
