using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Sessions;

/// <summary>One agent session on one site's workspace, as <c>agent run</c> and each site of <c>migration run</c> start it.</summary>
/// <param name="SiteFacts">What the agent is told about the site (repository, vendor, dialect, certified files).</param>
public sealed record SiteSessionRequest(
    Migration Migration,
    SiteWorkspace Workspace,
    ISiteAgent Agent,
    string TranscriptPath,
    string SiteFacts)
{
    public IChangeJudge? Judge { get; init; }

    /// <summary>The site's safety-certified files (from fleet.yaml): any change to them fails the scope verifier.</summary>
    public IReadOnlyList<CertifiedFile> CertifiedFiles { get; init; } = [];

    /// <summary>The fleet run and site this session belongs to, named in the commit; null for a single <c>agent run</c>.</summary>
    public (string RunId, string SiteId)? FleetRun { get; init; }
}
