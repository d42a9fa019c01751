namespace PlcFleet.Fleet.Burndown;

/// <summary>Where a site stands in a migration campaign, from first targeted to deployed on the line.</summary>
public enum SiteStage
{
    Deployed,
    Approved,
    InReview,
    InProgress,
    Pending,
    Stopped,
    Rejected,
    RolledBack,
    NoChange,
    Skipped,
}
