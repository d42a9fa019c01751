using PlcFleet.Fleet.Burndown;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Web.Tests.Support;

namespace PlcFleet.Web.Tests.Dashboard;

/// <summary>
/// The burndown as an engineer reads it after a run: a failed site is failed (not "stopped by a verifier"), a vetoed
/// one vetoed, a finished run leaves nothing for the agent, the stages add up to the sites, and the sites that ended
/// without a change are listed with their reasons.
/// </summary>
public sealed class BurndownOutcomeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);
    private ReviewFleet _fleet = null!;
    private DashboardClient _client = null!;

    public async Task InitializeAsync()
    {
        _fleet = await ReviewFleet.CreateAsync();
        _client = await DashboardClient.StartAsync(_fleet);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _fleet.Dispose();
    }

    private async Task FinishedRunAsync()
    {
        var run = await _fleet.Store.StartRunAsync(new NewRun("conveyor-alarm", 1, new string('b', 64), """{"actor":"olga"}""", "run-ca"));
        (string Site, SiteRunState State, string Reason)[] sites =
        [
            ("gent-a1", SiteRunState.Failed, "compile: src/PRG_Conveyor.st:14:5 undeclared variable 'Alarm_Horn'"),
            ("porto-l1", SiteRunState.Vetoed, "judge: the change also renames the E-stop input, which the prompt did not ask for"),
            ("lyon-l1", SiteRunState.NoChange, "already raises the alarm"),
            ("lyon-l2", SiteRunState.Running, ""),
        ];
        foreach (var (site, state, reason) in sites)
        {
            await _fleet.Store.SetSiteStateAsync(run.Id, site, SiteRunState.Targeted);
            await _fleet.Store.Audit.AppendAsync("olga", "site.targeted", $"{run.Id}/{site}");
            await _fleet.Store.SetSiteStateAsync(run.Id, site, state, reason);
            await _fleet.Store.Audit.AppendAsync("olga", "site.state", $"{run.Id}/{site}", new { state = state.ToString().ToLowerInvariant() });
        }

        await _fleet.Store.FinishRunAsync(run.Id);
    }

    [Fact]
    public async Task A_finished_run_leaves_nothing_for_the_agent_and_names_failed_and_vetoed_sites_with_reasons()
    {
        await FinishedRunAsync();

        var burndown = await MigrationBurndown.BuildAsync(_fleet.Store, "conveyor-alarm", Start.AddDays(1));

        Assert.Equal(0, burndown.Now.Remaining);
        Assert.Equal(4, burndown.Now.Total);
        Assert.Equal(2, burndown.Now.Count(SiteStage.Failed)); // gent-a1, and lyon-l2 that the run never finished
        Assert.Equal(1, burndown.Now.Count(SiteStage.Stopped));
        Assert.Equal(1, burndown.Now.Count(SiteStage.NoChange));
        Assert.All(burndown.Points, p => Assert.Equal(p.Sites.Values.Sum(), p.Total));
        Assert.Equal(["gent-a1", "lyon-l2", "porto-l1"], burndown.Outcomes.Select(o => o.SiteId));
        Assert.Contains("undeclared variable 'Alarm_Horn'", burndown.Outcomes[0].Reason, StringComparison.Ordinal);
        Assert.Contains("finished before this site did", burndown.Outcomes[1].Reason, StringComparison.Ordinal);
        Assert.Equal(SiteStage.Stopped, burndown.Outcomes[2].Stage);
    }

    [Fact]
    public async Task The_overview_shows_failed_as_failed_and_lists_the_reasons()
    {
        await FinishedRunAsync();
        await _client.SignInAsync("erik");

        var html = (await _client.GetAsync("/")).Html;

        Assert.Contains("failed: <b>2</b>", html, StringComparison.Ordinal);
        Assert.Contains("vetoed by the judge: <b>1</b>", html, StringComparison.Ordinal);
        Assert.Contains("still to do: <b>0</b> of 4 sites", html, StringComparison.Ordinal);
        Assert.DoesNotContain("stopped by a verifier", html, StringComparison.Ordinal);
        Assert.Contains("id=\"outcomes-conveyor-alarm\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>gent-a1</td><td><span class=\"swatch stage-failed\"></span>failed</td><td>compile: src/PRG_Conveyor.st:14:5 undeclared variable &#x27;Alarm_Horn&#x27;</td>", html, StringComparison.Ordinal);
        Assert.Contains("judge: the change also renames the E-stop input", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_details_read_as_fields_not_json()
    {
        await _client.SignInAsync("erik", "wrong-guess");
        await _client.SignInAsync("erik");

        var html = (await _client.GetAsync("/audit")).Html;

        Assert.Contains("<dl class=\"details\"><dt>purpose</dt><dd>dashboard sign-in</dd><dt>reason</dt><dd>wrong password</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>locked out</dt><dd>no</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{&quot;", html, StringComparison.Ordinal);
    }
}
