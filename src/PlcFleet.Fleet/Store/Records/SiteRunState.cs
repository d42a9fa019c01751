namespace PlcFleet.Fleet.Store.Records;

/// <summary>Where one site stands within one run.</summary>
public enum SiteRunState
{
    Pending,
    Targeted,
    Skipped,
    Running,
    ChangedVerified,
    NoChange,
    Failed,
    Vetoed,
    Error,
    WaitingReview,
}
