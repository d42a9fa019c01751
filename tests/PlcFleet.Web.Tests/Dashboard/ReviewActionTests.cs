using System.Net;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>Approve and reject through the dashboard: roles checked on the server, CSRF refused, the review service's refusals shown.</summary>
public sealed class ReviewActionTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;
    private DashboardClient _client = null!;

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        _client = await DashboardClient.StartAsync(_fleet);
    }

    [Fact]
    public async Task A_safety_engineer_approves_and_the_audit_trail_records_it()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");

        var approve = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "both guard channels still reach the monitor")]);
        var page = await _client.GetAsync(approve.Location!);
        var audit = await _client.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, approve.Status);
        Assert.Equal($"/cr/{id}?done=approved", approve.Location);
        Assert.Contains("Your approval was recorded in the audit trail.", page.Html);
        Assert.Contains("<span class=\"state state-approved\">approved</span>", page.Html);
        Assert.Equal(ChangeRequestState.Approved, (await _fleet.Store.GetChangeRequestAsync(id))!.State);
        Assert.Contains("Hash chain intact", audit.Html);
        Assert.Matches($@"<td>marta</td><td>cr\.approved</td><td><a href=""/cr/{id}"">cr-{id}</a></td>", audit.Html);
    }

    [Fact]
    public async Task An_approval_without_the_form_token_is_rejected_with_400_and_nothing_is_recorded()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");

        var forged = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "looks fine")], withToken: false);
        var wrongToken = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "looks fine"), new("__csrf", "forged-token")], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.BadRequest, wrongToken.Status);
        Assert.Empty(await _fleet.Store.ListReviewsAsync(id));
    }

    [Fact]
    public async Task An_admin_gets_403_from_the_server_and_sees_no_approve_button()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.PlainChange);
        await _client.SignInAsync("ada");
        var page = await _client.GetAsync($"/cr/{id}");

        var approve = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "admin override")]);

        Assert.DoesNotContain("id=\"approve\"", page.Html);
        Assert.Contains("ada is an admin: only engineers and safety engineers approve changes", page.Html);
        Assert.Equal(HttpStatusCode.Forbidden, approve.Status);
        Assert.Empty(await _fleet.Store.ListReviewsAsync(id));
    }

    [Fact]
    public async Task An_engineer_cannot_approve_a_safety_related_change_and_is_told_why()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        await _client.SignInAsync("erik");
        await _client.GetAsync($"/cr/{id}");

        var page = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "fine by me")]);

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains($"Refused: CR-{id} is safety-related: a safety engineer must approve it (erik is an engineer)", page.Html);
        Assert.Equal(ChangeRequestState.Open, (await _fleet.Store.GetChangeRequestAsync(id))!.State);
    }

    [Fact]
    public async Task The_person_who_started_the_run_cannot_approve_its_change()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.PlainChange);
        await _client.SignInAsync("olga");
        await _client.GetAsync($"/cr/{id}");

        var page = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "my own run, looks right")]);

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("olga started the run that made it: nobody approves their own change", page.Html);
    }

    [Fact]
    public async Task The_two_person_rule_needs_a_second_person()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange, requiredApprovals: 2);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");

        var first = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "checked the guard monitor wiring")]);
        var afterFirst = await _client.GetAsync(first.Location!);
        var again = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "and again")]);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Contains("Needs 1 of 2 approvals.", afterFirst.Html);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains($"marta has already approved CR-{id}; the two-person rule needs someone else", again.Html);
        Assert.Equal(ChangeRequestState.Open, (await _fleet.Store.GetChangeRequestAsync(id))!.State);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_then_closes_the_change_request()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");

        var empty = await _client.PostAsync($"/cr/{id}/reject", [new("comment", "  ")]);
        var reject = await _client.PostAsync($"/cr/{id}/reject", [new("comment", "E-stop channel 2 no longer reaches the monitor")]);
        var page = await _client.GetAsync(reject.Location!);

        Assert.Equal(HttpStatusCode.Conflict, empty.Status);
        Assert.Contains("a rejection needs a reason", empty.Html);
        Assert.Equal($"/cr/{id}?done=rejected", reject.Location);
        Assert.Contains("E-stop channel 2 no longer reaches the monitor", page.Html);
        Assert.DoesNotContain("id=\"reject\"", page.Html);
        Assert.Equal(ChangeRequestState.Rejected, (await _fleet.Store.GetChangeRequestAsync(id))!.State);
    }

    [Fact]
    public async Task An_approval_after_the_branch_moved_is_refused()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        var cr = (await _fleet.Store.GetChangeRequestAsync(id))!;
        var worktree = _fleet.Repository.AddWorktree(Path.Combine(_fleet.Root, "moved"), "tmp-move", cr.CommitSha);
        await File.AppendAllTextAsync(Path.Combine(worktree.Root, "src", "PRG_Guard.st"), "(* unverified edit *)\n");
        var moved = worktree.CommitAll("unverified edit");
        _fleet.Repository.RemoveWorktree(worktree.Root);
        _fleet.Repository.Run("branch", "-f", cr.Branch, moved);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");

        var page = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "ok")]);

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains("the new commit was never verified", page.Html);
    }

    [Fact]
    public async Task Comments_are_shown_as_text_never_as_markup()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");

        var approve = await _client.PostAsync($"/cr/{id}/approve", [new("comment", "<script>alert('x')</script> & done")]);
        var page = await _client.GetAsync(approve.Location!);

        Assert.DoesNotContain("<script>alert", page.Html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; done", page.Html);
    }

    [Fact]
    public async Task An_unknown_change_request_is_a_404_page()
    {
        await _client.SignInAsync("marta");

        var page = await _client.GetAsync("/cr/99");
        var garbage = await _client.GetAsync("/cr/abc");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("There is no change request 99.", page.Html);
        Assert.Equal(HttpStatusCode.NotFound, garbage.Status);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }
}
