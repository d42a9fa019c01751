using System.Net;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>
/// The rollout view: waves, gates and maintenance windows from the approved fleet definition; start, deploy and
/// rollback only for the people the rollout rules name (lyon-l1 names no owner, so a safety engineer); refusals
/// audited; a rollback needs a reason.
/// </summary>
public sealed class RolloutViewTests : IAsyncLifetime
{
    private ReviewFleet _fleet = null!;
    private DashboardClient _client = null!;
    private long _change;

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        _change = await _fleet.ChangeRequestAsync(EvidenceSamples.SafetyChange);
        _client = await DashboardClient.StartAsync(_fleet);
        await _client.SignInAsync("marta");
        await _client.GetAsync($"/cr/{_change}");
        Assert.Equal(HttpStatusCode.Redirect, (await _client.PostAsync($"/cr/{_change}/approve", [new("comment", "guard monitored")])).Status);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }

    [Fact]
    public async Task Without_an_approved_fleet_definition_nothing_can_be_rolled_out()
    {
        var page = await _client.GetAsync("/rollout/guard-monitor");

        Assert.Contains("no approved fleet definition is recorded", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<button type=\"submit\" id=\"start-", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engineer_sees_the_waves_but_no_buttons_and_a_forged_post_is_refused_and_audited()
    {
        await _fleet.ApproveFleetDefinitionAsync();
        await using var erik = await DashboardClient.StartAsync(_fleet);
        await erik.SignInAsync("erik");

        var page = await erik.GetAsync("/rollout/guard-monitor");
        var forged = await erik.PostAsync("/rollout/guard-monitor/next", []);

        Assert.Contains("id=\"wave-pilot\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Wave 1: pilot <small>not started</small>", page.Html, StringComparison.Ordinal);
        Assert.Contains("<td>lyon-l1</td><td>maintenance</td><td>none</td><td>-</td>", page.Html, StringComparison.Ordinal);
        Assert.Contains("erik (engineer) may not start wave pilot: the rollout rules allow the site&#x27;s owner (none named in fleet.yaml) or a safety engineer", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"start-pilot\"", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, forged.Status);
        Assert.Contains("Refused: erik (engineer) may not start wave pilot", forged.Html, StringComparison.Ordinal);
        Assert.Contains(await _fleet.Store.Audit.ReadAllAsync(), r => r is { Action: "rollout.refused", Actor: "erik" });
        Assert.Empty(await _fleet.Store.ListWaveStartsAsync("guard-monitor"));
    }

    [Fact]
    public async Task A_safety_engineer_starts_the_wave_deploys_and_rolls_back_with_a_reason()
    {
        await _fleet.ApproveFleetDefinitionAsync();

        await _client.GetAsync("/rollout/guard-monitor");
        var started = await _client.PostAsync("/rollout/guard-monitor/next", []);
        var afterStart = await _client.GetAsync(started.Location!);
        var deployed = await _client.PostAsync($"/rollout/cr/{_change}/deploy", []);
        await _client.GetAsync(deployed.Location!);
        var noReason = await _client.PostAsync($"/rollout/cr/{_change}/rollback", [new("reason", "  ")]);
        var rolledBack = await _client.PostAsync($"/rollout/cr/{_change}/rollback", [new("reason", "guard door monitor trips on every cycle at the case packer")]);
        var final = await _client.GetAsync(rolledBack.Location!);

        Assert.Equal("/rollout/guard-monitor?done=wave", started.Location);
        Assert.Contains("started by marta", afterStart.Html, StringComparison.Ordinal);
        Assert.Contains($"id=\"deploy-{_change}\"", afterStart.Html, StringComparison.Ordinal);
        Assert.Equal("/rollout/guard-monitor?done=deployed", deployed.Location);
        Assert.Equal(HttpStatusCode.Conflict, noReason.Status);
        Assert.Contains("needs a reason", noReason.Html, StringComparison.Ordinal);
        Assert.Contains($"id=\"rollback-{_change}\"", noReason.Html, StringComparison.Ordinal);
        Assert.Equal("/rollout/guard-monitor?done=rolled_back", rolledBack.Location);
        Assert.Contains("rollback and its reason are recorded", final.Html, StringComparison.Ordinal);
        Assert.Equal(ChangeRequestState.RolledBack, (await _fleet.Store.GetChangeRequestAsync(_change))!.State);
        var audit = await _fleet.Store.Audit.ReadAllAsync();
        Assert.Contains(audit, r => r.Action == "cr.deployed" && r.Actor == "marta" && r.DetailsJson.Contains("\"fleetDefinition\"", StringComparison.Ordinal));
        Assert.Contains(audit, r => r.Action == "cr.rolled_back" && r.DetailsJson.Contains("trips on every cycle", StringComparison.Ordinal));
        var overview = await _client.GetAsync("/");
        Assert.Contains("rolled back by marta: guard door monitor trips on every cycle at the case packer", overview.Html, StringComparison.Ordinal);
    }
}
