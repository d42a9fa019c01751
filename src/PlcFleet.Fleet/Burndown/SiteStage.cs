namespace PlcFleet.Fleet.Burndown;

/// <summary>Where a site stands in a migration campaign, from first targeted to deployed on the line.</summary>
public enum SiteStage
{
    Deployed,
    Approved,
    InReview,
    InProgress,
    Pending,
    /// <summary>The judge vetoed the agent's change (verification itself passed).</summary>
    Stopped,
    /// <summary>The change failed verification, or the site's session ended in an error or never finished.</summary>
    Failed,
    Rejected,
    RolledBack,
    NoChange,
    Skipped,
}
