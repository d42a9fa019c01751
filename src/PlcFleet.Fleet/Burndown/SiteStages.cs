using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Burndown;

/// <summary>How run states and change request states map onto the campaign stages, and how stages are named and drawn.</summary>
public static class SiteStages
{
    /// <summary>
    /// The stages that still need work, by the agent (pending, working) or by people (review, deploy): the burndown
    /// counts these down. Every other stage is an outcome: on the line, nothing to do, or ended (failed, vetoed,
    /// rejected, rolled back: listed with their reasons; a new run or change request starts them again).
    /// </summary>
    public static bool IsOpen(SiteStage stage) => stage is SiteStage.Pending or SiteStage.InProgress or SiteStage.InReview or SiteStage.Approved;

    /// <summary>The outcomes a person must look at: failed, vetoed, rejected, rolled back.</summary>
    public static bool IsProblem(SiteStage stage) => stage is SiteStage.Failed or SiteStage.Stopped or SiteStage.Rejected or SiteStage.RolledBack;

    public static SiteStage Of(SiteRunState state) => state switch
    {
        SiteRunState.Pending or SiteRunState.Targeted => SiteStage.Pending,
        SiteRunState.Running => SiteStage.InProgress,
        SiteRunState.ChangedVerified or SiteRunState.WaitingReview => SiteStage.InReview,
        SiteRunState.NoChange => SiteStage.NoChange,
        SiteRunState.Skipped => SiteStage.Skipped,
        SiteRunState.Vetoed => SiteStage.Stopped,
        _ => SiteStage.Failed, // failed verification or error
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
        SiteStage.Stopped => "vetoed by the judge",
        SiteStage.RolledBack => "rolled back",
        SiteStage.NoChange => "no change needed",
        SiteStage.Skipped => "not targeted",
        _ => stage.ToString().ToLowerInvariant(),
    };

    /// <summary>The CSS class of a stage's band in the chart and its legend swatch.</summary>
    public static string CssClass(SiteStage stage) => "stage-" + stage.ToString().ToLowerInvariant();
}
