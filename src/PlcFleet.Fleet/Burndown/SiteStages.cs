using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Burndown;

/// <summary>How run states and change request states map onto the campaign stages, and how stages are named and drawn.</summary>
public static class SiteStages
{
    /// <summary>The stages that need no further work: the burndown counts down to these.</summary>
    public static bool IsDone(SiteStage stage) => stage is SiteStage.Deployed or SiteStage.NoChange or SiteStage.Skipped;

    public static SiteStage Of(SiteRunState state) => state switch
    {
        SiteRunState.Pending or SiteRunState.Targeted => SiteStage.Pending,
        SiteRunState.Running => SiteStage.InProgress,
        SiteRunState.ChangedVerified or SiteRunState.WaitingReview => SiteStage.InReview,
        SiteRunState.NoChange => SiteStage.NoChange,
        SiteRunState.Skipped => SiteStage.Skipped,
        _ => SiteStage.Stopped,
    };

    public static SiteStage Of(ChangeRequestState state) => state switch
    {
        ChangeRequestState.Approved => SiteStage.Approved,
        ChangeRequestState.Rejected => SiteStage.Rejected,
        ChangeRequestState.Deployed => SiteStage.Deployed,
        ChangeRequestState.RolledBack => SiteStage.RolledBack,
        _ => SiteStage.InReview,
    };

    public static string Label(SiteStage stage) => stage switch
    {
        SiteStage.InReview => "in review",
        SiteStage.InProgress => "agent working",
        SiteStage.Stopped => "stopped by a verifier",
        SiteStage.RolledBack => "rolled back",
        SiteStage.NoChange => "no change needed",
        SiteStage.Skipped => "not targeted",
        _ => stage.ToString().ToLowerInvariant(),
    };

    /// <summary>The CSS class of a stage's band in the chart and its legend swatch.</summary>
    public static string CssClass(SiteStage stage) => "stage-" + stage.ToString().ToLowerInvariant();
}
