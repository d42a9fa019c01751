using PlcFleet.Agents.Sessions;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification;

namespace PlcFleet.Fleet.Sessions;

/// <summary>
/// The one site session of <c>plcfleet agent run</c> and of every site of <c>migration run</c>: the same prompt, scope
/// (the migration's globs and ceiling plus the site's certified files), verifiers, limits and transcript (its first
/// line records where the workspace came from, so <c>agent replay</c> can replay any session), and the same commit.
/// </summary>
public sealed class SiteSession(SiteSessionRequest request)
{
    public async Task<SessionResult> RunAsync(CancellationToken cancellationToken)
    {
        var migration = request.Migration;
        var workspace = request.Workspace;
        using var transcript = new TranscriptWriter(request.TranscriptPath, request.Agent.Redactor);
        transcript.Write(WorkspaceOriginEvent.For(new WorkspaceOrigin(workspace.Site.Root, workspace.BaseCommit, workspace.Branch,
            Path.GetFullPath(migration.FilePath), migration.Id, migration.Version, migration.ContentHash)));
        var session = new SessionRequest(new AgentPrompt(MigrationPromptText.For(migration), request.SiteFacts), workspace.Root,
            SiteVerifiers.Runner(request.CertifiedFiles))
        {
            Scope = MigrationChangeScope.From(migration, request.CertifiedFiles),
            Judge = request.Judge,
            Limits = AgentLimits.From(migration.Agent),
            Transcript = transcript,
        };
        return await request.Agent.RunAsync(session, migration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Commits the verified change on the session's branch; returns the commit id.</summary>
    public string Commit(SessionResult result) =>
        request.Workspace.Commit(CommitMessage.For(request.Migration, result, request.TranscriptPath, request.FleetRun));
}
