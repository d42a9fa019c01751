using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// The run state machine: which states are finished, and what a resumed run does with a site in each state.
/// Finished sites are never run twice unless the engineer asks (<c>--retry-failed</c>, <c>--sites</c>).
/// </summary>
public static class SiteRunPolicy
{
    /// <summary>States a site ends a run in.</summary>
    public static bool IsFinished(SiteRunState state) => state is SiteRunState.ChangedVerified or SiteRunState.NoChange
        or SiteRunState.Failed or SiteRunState.Vetoed or SiteRunState.Error or SiteRunState.Skipped;

    public static bool IsFailure(SiteRunState state) => state is SiteRunState.Failed or SiteRunState.Error;

    /// <param name="current">The site's state in this run, null when the run has not seen it.</param>
    /// <param name="retryFailed">Failed and error sites run again.</param>
    /// <param name="chosen">The engineer named this site with <c>--sites</c>: it runs again whatever its state.</param>
    public static SiteAction Decide(SiteRunState? current, bool retryFailed, bool chosen) => current switch
    {
        null or SiteRunState.Pending or SiteRunState.Targeted or SiteRunState.WaitingReview => SiteAction.Run,
        SiteRunState.Running => SiteAction.Restart,
        _ when chosen => SiteAction.Run,
        { } state when retryFailed && IsFailure(state) => SiteAction.Run,
        _ => SiteAction.Keep,
    };

    /// <summary>The state a session outcome leaves a site in (ChangedAndVerified only once its change request exists).</summary>
    public static SiteRunState After(Agents.Sessions.SessionOutcome outcome) => outcome switch
    {
        Agents.Sessions.SessionOutcome.ChangedAndVerified => SiteRunState.ChangedVerified,
        Agents.Sessions.SessionOutcome.NoChangeNeeded => SiteRunState.NoChange,
        Agents.Sessions.SessionOutcome.FailedVerification => SiteRunState.Failed,
        Agents.Sessions.SessionOutcome.VetoedByJudge => SiteRunState.Vetoed,
        _ => SiteRunState.Error,
    };
}
