using System.Diagnostics;
using System.Text.Json;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.ChangeRequests;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Sessions;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Fleet.Runs;

/// <summary>
/// One site through one migration: check the repository, open a workspace, run the agent with the verifiers,
/// commit a verified change and record its change request. Every failure becomes this site's state and reason;
/// nothing thrown here may stop the other sites.
/// </summary>
public sealed class SiteMigration(SiteRunContext run, Site site)
{
    private readonly Stopwatch _clock = new();

    private string Subject => $"{run.RunId}/{site.Id}";

    private string WorkspacePath => run.WorkspaceOf(site.Id);

    /// <summary>Runs the site; returns the state it ended in. <paramref name="restart"/>: it was running when the process died.</summary>
    public async Task<SiteRunState> RunAsync(bool restart, CancellationToken cancellationToken)
    {
        _clock.Start();
        if (RepositoryCheck.Problem(site) is { } problem)
        {
            return await EndAsync(SiteRunState.Error, problem).ConfigureAwait(false);
        }

        var branch = WorkspaceBranch.For(run.Migration);
        if (restart)
        {
            SiteWorkspace.RemoveStale(new Git.GitRepository(site.Repository.LocalPath!), WorkspacePath, branch);
            await AuditAsync(AuditActions.SiteStateChanged, new { state = "restarted", reason = "was running when the previous process stopped; stale workspace removed" }).ConfigureAwait(false);
        }

        await SetStateAsync(SiteRunState.Running, $"{run.Agent.Name} agent working", countAttempt: true).ConfigureAwait(false);
        SiteWorkspace? workspace = null;
        var keepBranch = false;
        try
        {
            workspace = SiteWorkspace.Create(site.Repository.LocalPath!, WorkspacePath, branch);
            var (state, reason, hasChangeRequest) = await MigrateAsync(workspace, cancellationToken).ConfigureAwait(false);
            keepBranch = hasChangeRequest;
            return await EndAsync(state, reason).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Interrupted by the engineer: the site runs again on resume, from a clean workspace.
            await SetStateAsync(SiteRunState.Targeted, "interrupted; runs again when the run is resumed").ConfigureAwait(false);
            throw;
        }
        catch (Exception e)
        {
            return await EndAsync(SiteRunState.Error, $"{e.GetType().Name}: {e.Message}").ConfigureAwait(false);
        }
        finally
        {
            try
            {
                workspace?.Close(keepBranch);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Git.GitException)
            {
                // A leftover worktree is cleaned by the next run of this site; it must not change the outcome.
            }
        }
    }

    private async Task<(SiteRunState State, string Reason, bool HasChangeRequest)> MigrateAsync(SiteWorkspace workspace, CancellationToken cancellationToken)
    {
        var transcriptPath = Path.Combine(run.TranscriptsFolder, $"{site.Id}-attempt-{DateTimeOffset.UtcNow:yyyyMMddHHmmssfff}.jsonl");
        var session = new SiteSession(new SiteSessionRequest(run.Migration, workspace, run.Agent, transcriptPath, SiteFacts())
        {
            Judge = run.Judge,
            CertifiedFiles = SiteVerification.CertifiedFiles(site),
            FleetRun = (run.RunId, site.Id),
        });
        var result = await session.RunAsync(cancellationToken).ConfigureAwait(false);

        await AuditAsync(AuditActions.AgentAttempt, new
        {
            agent = run.Agent.Name,
            outcome = result.Outcome.ToString(),
            end_reason = result.EndReason.ToString(),
            attempts = result.Attempts,
            input_tokens = result.Usage.InputTokens,
            output_tokens = result.Usage.OutputTokens,
            cost = result.EstimatedCost,
            duration_ms = Math.Round(result.Duration.TotalMilliseconds),
            message = result.Message,
            transcript = transcriptPath,
        }).ConfigureAwait(false);
        if (result.LastReport is { } report)
        {
            await AuditAsync(AuditActions.VerificationDone, new
            {
                outcome = report.Outcome.ToString(),
                verifiers = report.Results.Select(r => new { name = r.VerifierName, outcome = r.Outcome.ToString(), findings = r.Findings.Count }),
                first_findings = OutcomeReason.Findings(report),
            }).ConfigureAwait(false);
        }

        if (result.LastVerdict is { } verdict)
        {
            await AuditAsync(AuditActions.JudgeVerdict, new { decision = verdict.Decision.ToString(), reasons = verdict.Reasons }).ConfigureAwait(false);
        }

        var state = SiteRunPolicy.After(result.Outcome);
        if (state != SiteRunState.ChangedVerified)
        {
            return (state, OutcomeReason.Describe(result), false);
        }

        if (!workspace.HasChanges())
        {
            // The agent reported a verified change but the workspace is clean: nothing to review.
            return (SiteRunState.NoChange, "no change needed (the workspace is unchanged)", false);
        }

        var commit = session.Commit(result);
        // The commit itself, as git recorded it: a gitlink or link slipped in after verification never becomes a change request.
        var recorded = GitRecordedChanges.Between(workspace.Root, workspace.BaseCommit, commit);
        if (recorded is null)
        {
            return (SiteRunState.Failed, "the commit could not be read back from git", false);
        }

        if (GitRecordedChanges.Forbidden(recorded).FirstOrDefault() is { } forbidden)
        {
            return (SiteRunState.Failed,
                $"the commit records {forbidden.Path} with mode {forbidden.NewMode} (a nested repository, link or git configuration); not submitted for review", false);
        }

        var creation = await run.Store.CreateChangeRequestAsync(
            new NewChangeRequest(run.RunId, run.Migration.Id, site.Id, workspace.Branch, commit, workspace.DiffAgainstBase(commit),
                (Evidence(workspace, result, transcriptPath) with { StDiff = VendorStChanges.Between(workspace.Site, workspace.BaseCommit, commit, recorded) }).ToJson()),
            CancellationToken.None).ConfigureAwait(false);
        var name = ChangeRequestName.Of(creation.ChangeRequest.Id);
        if (creation.Created)
        {
            await run.Store.Audit.AppendAsync(run.Options.Actor, AuditActions.ChangeRequestCreated, $"cr-{creation.ChangeRequest.Id}", new
            {
                run = run.RunId,
                site = site.Id,
                migration = run.Migration.Id,
                version = run.Migration.Version,
                branch = workspace.Branch,
                commit,
            }, CancellationToken.None).ConfigureAwait(false);
        }

        return (SiteRunState.ChangedVerified, $"changed and verified ({name})", true);
    }

    private ChangeRequestEvidence Evidence(SiteWorkspace workspace, SessionResult result, string transcriptPath)
    {
        var report = result.LastReport;
        return new ChangeRequestEvidence
        {
            MigrationVersion = run.Migration.Version,
            ContentHash = run.Migration.ContentHash,
            MigrationTitle = run.Migration.Title,
            SafetyRelated = run.Migration.SafetyRelated,
            BaseCommit = workspace.BaseCommit,
            Agent = run.Agent.Name,
            Verification = report is null ? null : JsonDocument.Parse(JsonReportRenderer.Render(report)).RootElement.Clone(),
            VerificationMarkdown = report is null ? "" : MarkdownReportRenderer.Render(report, $"Verification of {site.Id}"),
            VerificationOutcome = report?.Outcome.ToString() ?? "not verified",
            SafetyFindings = report?.Results.Where(r => r.VerifierName == "safety")
                .SelectMany(r => r.Findings).Select(f => $"{f.Severity.ToString().ToLowerInvariant()} {f.RuleId} {f.Location}: {f.Message}").ToList() ?? [],
            Equivalence = report?.Results.Select(r => r.Waveform).FirstOrDefault(w => w is not null),
            JudgeDecision = result.LastVerdict?.Decision.ToString().ToLowerInvariant(),
            JudgeReasons = result.LastVerdict?.Reasons ?? [],
            TranscriptPath = transcriptPath,
            InputTokens = result.Usage.InputTokens,
            OutputTokens = result.Usage.OutputTokens,
            EstimatedCost = result.EstimatedCost,
            Attempts = result.Attempts,
            AgentMs = Math.Round(result.Duration.TotalMilliseconds - (report?.Duration.TotalMilliseconds ?? 0)),
            VerificationMs = Math.Round(report?.Duration.TotalMilliseconds ?? 0),
            TotalMs = Math.Round(_clock.Elapsed.TotalMilliseconds),
            Debrief = result.Debrief,
        };
    }

    private string SiteFacts() =>
        $"""
        - site: {site.Id} ({site.Name})
        - vendor: {site.Vendor}, dialect: {site.Dialect}, firmware: {site.Firmware?.ToString() ?? "unknown"}
        - line status: {site.LineStatus}
        - tags: {string.Join(", ", site.Tags)}
        - certified files (never edit): {(site.CertifiedFiles.Count == 0 ? "none" : string.Join(", ", site.CertifiedFiles.Select(f => f.Path)))}
        """;

    private async Task<SiteRunState> EndAsync(SiteRunState state, string reason)
    {
        await SetStateAsync(state, reason).ConfigureAwait(false);
        return state;
    }

    private async Task SetStateAsync(SiteRunState state, string reason, bool countAttempt = false)
    {
        // Bookkeeping always completes, even when the run is being cancelled: the store must match the repository.
        await run.Store.SetSiteStateAsync(run.RunId, site.Id, state, reason, countAttempt, CancellationToken.None).ConfigureAwait(false);
        await AuditAsync(AuditActions.SiteStateChanged, new { state = Yaml.YamlEnum.ToYamlName(state), reason }).ConfigureAwait(false);
        run.Observer?.OnSiteChanged(new SiteProgress(site.Id, state, reason, _clock.Elapsed, run.Clock.GetUtcNow()));
    }

    private Task AuditAsync(string action, object details) =>
        run.Store.Audit.AppendAsync(run.Options.Actor, action, Subject, details, CancellationToken.None);
}
