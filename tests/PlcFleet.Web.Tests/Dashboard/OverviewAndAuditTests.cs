using Microsoft.Data.Sqlite;
using PlcFleet.Fleet.Burndown;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

public sealed class OverviewAndAuditTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;
    private DashboardClient _client = null!;

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        _client = await DashboardClient.StartAsync(_fleet);
    }

    [Fact]
    public async Task The_burndown_follows_the_site_from_targeted_to_review_to_approved()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");
        await _client.PostAsync($"/cr/{id}/approve", [new("comment", "guard monitored")]);

        var burndown = await MigrationBurndown.BuildAsync(_fleet.Store, "guard-monitor", DateTimeOffset.UtcNow);
        var overview = await _client.GetAsync("/");

        Assert.Equal(
            [SiteStage.Pending, SiteStage.InReview, SiteStage.Approved, SiteStage.Approved],
            burndown.Points.Select(p => Assert.Single(p.Sites).Key));
        Assert.Equal(1, burndown.Now.Remaining);
        Assert.Contains("approved: <b>1</b>", overview.Html);
        Assert.Contains("still to do: <b>1</b>", overview.Html);
    }

    [Fact]
    public async Task The_change_request_page_shows_verification_safety_findings_judge_and_waveform()
    {
        var plain = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        var traced = await _fleet.ChangeRequestAsync(EvidenceSamples.WithTrace);
        await _client.SignInAsync("marta");

        var page = (await _client.GetAsync($"/cr/{plain}")).Html;
        var withTrace = (await _client.GetAsync($"/cr/{traced}")).Html;

        Assert.Contains("warning SAF004 src/PRG_Guard.st:9: guard input read through a monitor block", page);
        Assert.Contains("<td>compile</td>", page);
        Assert.Contains("<b>approve</b>", page);
        Assert.Contains("the change only routes the guard through the monitor", page);
        Assert.Contains("No equivalence trace is stored with this change request", page);
        Assert.Contains("GuardMonitor(Closed := Guard_Closed);", page);
        Assert.Contains("<svg class=\"waveform\"", withTrace);
        Assert.Contains("Conveyor_Run differs at cycle 3", withTrace);
        Assert.Contains("No judge ran", withTrace);
    }

    [Fact]
    public async Task The_audit_view_reports_an_edited_record_and_flags_its_row()
    {
        var id = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{id}");
        await _client.PostAsync($"/cr/{id}/approve", [new("comment", "guard monitored")]);
        Assert.Contains("Hash chain intact", (await _client.GetAsync("/audit")).Html);

        using (var connection = new SqliteConnection($"Data Source={_fleet.Store.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'erik' WHERE action = 'cr.approved';";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var audit = (await _client.GetAsync("/audit")).Html;
        var filtered = (await _client.GetAsync($"/audit?subject=cr-{id}")).Html;

        Assert.Contains("Hash chain BROKEN", audit);
        Assert.Matches(@"edited: record #\d+ \(cr\.approved cr-1\) does not match its hash", audit);
        Assert.Matches(@"<tr id=""record-\d+"" class=""tampered""><td>\d+</td><td>[^<]+</td><td>erik</td><td>cr\.approved</td>", audit);
        Assert.DoesNotContain("site.targeted", filtered);
        Assert.Contains("cr.created", filtered);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }
}
