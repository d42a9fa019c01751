using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Store;

namespace PlcFleet.Fleet.Runs;

/// <summary>What every site of one run shares.</summary>
public sealed record SiteRunContext(
    IFleetStore Store,
    string RunId,
    Migration Migration,
    ISiteAgent Agent,
    IChangeJudge? Judge,
    MigrationRunOptions Options,
    IRunObserver? Observer,
    TimeProvider Clock)
{
    public string WorkspacesFolder => Path.Combine(Options.WorkFolder, "workspaces", RunId);

    /// <summary>Where a site's worktree lives while it runs.</summary>
    public string WorkspaceOf(string siteId) => Path.Combine(WorkspacesFolder, siteId);

    public string TranscriptsFolder => Path.Combine(Options.WorkFolder, "transcripts", RunId);
}
