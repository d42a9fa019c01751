using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>How a site's state reads in progress lines and tables: the reason, prefixed where it does not say the state itself.</summary>
public static class SiteStateText
{
    public static string Of(SiteRunState state, string reason) => state switch
    {
        SiteRunState.ChangedVerified or SiteRunState.NoChange or SiteRunState.Failed or SiteRunState.Vetoed or SiteRunState.WaitingReview
            when reason.Length > 0 => reason,
        SiteRunState.Skipped when reason.StartsWith("skipped", StringComparison.Ordinal) => reason,
        SiteRunState.Targeted when reason.StartsWith("targeted", StringComparison.Ordinal) => "targeted, not started",
        _ when reason.Length == 0 => RunSummary.Label(state),
        _ => $"{RunSummary.Label(state)}: {reason}",
    };

    public static string Colour(SiteRunState state) => state switch
    {
        SiteRunState.ChangedVerified => "green",
        SiteRunState.NoChange or SiteRunState.Skipped => "grey",
        SiteRunState.Failed or SiteRunState.Vetoed => "yellow",
        SiteRunState.Error => "red",
        SiteRunState.Running => "blue",
        _ => "default",
    };
}
