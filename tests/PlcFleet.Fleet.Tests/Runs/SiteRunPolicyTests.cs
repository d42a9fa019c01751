using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Runs;

public sealed class SiteRunPolicyTests
{
    [Theory]
    [InlineData(null, SiteAction.Run)]
    [InlineData(SiteRunState.Pending, SiteAction.Run)]
    [InlineData(SiteRunState.Targeted, SiteAction.Run)]
    [InlineData(SiteRunState.WaitingReview, SiteAction.Run)]
    [InlineData(SiteRunState.Running, SiteAction.Restart)]
    [InlineData(SiteRunState.ChangedVerified, SiteAction.Keep)]
    [InlineData(SiteRunState.NoChange, SiteAction.Keep)]
    [InlineData(SiteRunState.Failed, SiteAction.Keep)]
    [InlineData(SiteRunState.Vetoed, SiteAction.Keep)]
    [InlineData(SiteRunState.Error, SiteAction.Keep)]
    public void A_resumed_run_keeps_finished_sites_and_restarts_the_one_that_was_running(SiteRunState? state, SiteAction expected) =>
        Assert.Equal(expected, SiteRunPolicy.Decide(state, retryFailed: false, chosen: false));

    [Theory]
    [InlineData(SiteRunState.Failed, SiteAction.Run)]
    [InlineData(SiteRunState.Error, SiteAction.Run)]
    [InlineData(SiteRunState.Vetoed, SiteAction.Keep)]
    [InlineData(SiteRunState.ChangedVerified, SiteAction.Keep)]
    [InlineData(SiteRunState.NoChange, SiteAction.Keep)]
    public void Retry_failed_reruns_only_failed_and_error_sites(SiteRunState state, SiteAction expected) =>
        Assert.Equal(expected, SiteRunPolicy.Decide(state, retryFailed: true, chosen: false));

    [Theory]
    [InlineData(SiteRunState.ChangedVerified)]
    [InlineData(SiteRunState.NoChange)]
    [InlineData(SiteRunState.Vetoed)]
    public void A_site_named_with_sites_runs_again_whatever_its_state(SiteRunState state) =>
        Assert.Equal(SiteAction.Run, SiteRunPolicy.Decide(state, retryFailed: false, chosen: true));

    [Fact]
    public void A_site_that_was_running_is_restarted_even_when_chosen() =>
        Assert.Equal(SiteAction.Restart, SiteRunPolicy.Decide(SiteRunState.Running, retryFailed: true, chosen: true));

    [Theory]
    [InlineData(SessionOutcome.ChangedAndVerified, SiteRunState.ChangedVerified)]
    [InlineData(SessionOutcome.NoChangeNeeded, SiteRunState.NoChange)]
    [InlineData(SessionOutcome.FailedVerification, SiteRunState.Failed)]
    [InlineData(SessionOutcome.VetoedByJudge, SiteRunState.Vetoed)]
    [InlineData(SessionOutcome.Error, SiteRunState.Error)]
    public void Session_outcomes_map_to_site_states(SessionOutcome outcome, SiteRunState expected) =>
        Assert.Equal(expected, SiteRunPolicy.After(outcome));

    [Fact]
    public void Only_waiting_and_unstarted_states_are_unfinished()
    {
        var unfinished = Enum.GetValues<SiteRunState>().Where(s => !SiteRunPolicy.IsFinished(s)).ToHashSet();
        Assert.Equal([SiteRunState.Pending, SiteRunState.Targeted, SiteRunState.Running, SiteRunState.WaitingReview], unfinished.Order());
    }
}
