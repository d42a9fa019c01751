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

    public string TranscriptsFolder => Path.Combine(Options.WorkFolder, "transcripts", RunId);
}
