using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// Where every site of a run stands, grouped the way a campaign is tracked: targeted, skipped (why), changed and
/// verified, no change needed, failed (which verifier), vetoed, error, and still open (waiting, running).
/// </summary>
public sealed record RunSummary(string RunId, string MigrationId, int MigrationVersion, int Targeted, IReadOnlyList<SiteRunRecord> Sites)
{
    public static IReadOnlyList<SiteRunState> ReportOrder { get; } =
    [
        SiteRunState.ChangedVerified, SiteRunState.NoChange, SiteRunState.Failed, SiteRunState.Vetoed, SiteRunState.Error,
        SiteRunState.Skipped, SiteRunState.WaitingReview, SiteRunState.Running, SiteRunState.Targeted, SiteRunState.Pending,
    ];

    public int Count(SiteRunState state) => Sites.Count(s => s.State == state);

    public IReadOnlyList<SiteRunRecord> In(SiteRunState state) => Sites.Where(s => s.State == state).ToList();

    /// <summary>Sites still to do: waiting for review capacity, interrupted, or never reached.</summary>
    public int Unfinished => Sites.Count(s => !SiteRunPolicy.IsFinished(s.State));

    public bool HasFailures => Sites.Any(s => s.State is SiteRunState.Failed or SiteRunState.Vetoed or SiteRunState.Error);

    /// <summary>Sites the plan targeted, judged from stored states (the plan writes "skipped:" and "not targetable:" reasons).</summary>
    public static int TargetedIn(IEnumerable<SiteRunRecord> sites) =>
        sites.Count(s => !s.Reason.StartsWith("skipped:", StringComparison.Ordinal) && !s.Reason.StartsWith("not targetable:", StringComparison.Ordinal));

    public static string Label(SiteRunState state) => state switch
    {
        SiteRunState.ChangedVerified => "changed and verified",
        SiteRunState.NoChange => "no change needed",
        SiteRunState.Failed => "failed verification",
        SiteRunState.Vetoed => "vetoed by judge",
        SiteRunState.Error => "error",
        SiteRunState.Skipped => "skipped",
        SiteRunState.WaitingReview => "waiting for review capacity",
        SiteRunState.Running => "running",
        SiteRunState.Targeted => "targeted, not started",
        _ => "pending",
    };
}
