using PlcFleet.Verification;
using System.CommandLine;
using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Workspaces;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>
/// <c>plcfleet agent run --migration FILE --repo DIR</c>: one agent session on one site repository, on a new
/// branch in its own worktree; the verified change is committed there, nothing else in the repository moves.
/// </summary>
public static class AgentRunCommand
{
    public static Command Create()
    {
        var migration = new Option<string>("--migration") { Description = "The migration prompt (migrations/<id>.md)", Required = true };
        var repo = new Option<string>("--repo") { Description = "The site's git repository", Required = true };
        var work = new Option<string?>("--work") { Description = "Folder for worktrees and transcripts (default: <repo>/.git/plcfleet)" };
        var providers = new ProviderOptions();
        var command = new Command("run", "Run one agent session for a migration on one site repository") { migration, repo, work };
        providers.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(
            new AgentRunRequest(parse.GetValue(migration)!, parse.GetValue(repo)!, parse.GetValue(work), providers.Read(parse)),
            Console.Out, Console.Error, Environment.GetEnvironmentVariable, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        AgentRunRequest request, TextWriter output, TextWriter errors, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var parsed = MigrationParser.Load(request.MigrationFile);
        if (!parsed.Succeeded)
        {
            foreach (var problem in parsed.Problems)
            {
                await errors.WriteLineAsync(problem.ToString());
            }

            return ExitCodes.UsageError;
        }

        var migration = parsed.Migration!;
        if (!GitRepository.IsRepository(request.Repository))
        {
            await errors.WriteLineAsync($"plcfleet agent run: '{request.Repository}' is not a git repository (run 'git init' and commit the site's code first)");
            return ExitCodes.UsageError;
        }

        var repository = new GitRepository(request.Repository);
        if (repository.IsDirty())
        {
            await errors.WriteLineAsync($"plcfleet agent run: {repository.Root} has uncommitted changes; commit or stash them so the agent starts from a known state");
            return ExitCodes.UsageError;
        }

        var branchName = WorkspaceBranch.For(migration);
        if (repository.BranchExists(branchName))
        {
            await errors.WriteLineAsync($"plcfleet agent run: branch {branchName} already exists; delete it or raise the migration's version");
            return ExitCodes.UsageError;
        }

        if (await ChooseAgentAsync(migration, request.Provider, environment, errors) is not { } chosen)
        {
            return ExitCodes.UsageError;
        }

        var (agent, judge) = chosen;

        var workRoot = request.WorkFolder ?? Path.Combine(repository.Run("rev-parse", "--path-format=absolute", "--git-common-dir").Trim(), "plcfleet");
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var runName = $"{migration.Id}-v{migration.Version}-{stamp}";
        var transcriptPath = Path.GetFullPath(Path.Combine(workRoot, "transcripts", runName + ".jsonl"));

        // The same isolated workspace as a fleet run: a worktree on the migration branch, the site's checkout untouched.
        var workspace = SiteWorkspace.Create(repository.Root, Path.Combine(workRoot, "worktrees", runName), branchName);
        string? commit = null;
        try
        {
            SessionResult result;
            using (var transcript = new TranscriptWriter(transcriptPath, agent.Redactor))
            {
                transcript.Write(AgentRunEvents.WorkspaceEvent(new WorkspaceOrigin(repository.Root, workspace.BaseCommit, workspace.Branch,
                    Path.GetFullPath(request.MigrationFile), migration.Id, migration.Version, migration.ContentHash)));
                var session = new SessionRequest(new AgentPrompt(MigrationPromptText.For(migration), SiteFacts(repository, workspace)), workspace.Root, SiteVerifiers.Runner())
                {
                    Scope = MigrationChangeScope.From(migration),
                    Judge = judge,
                    Limits = AgentLimits.From(migration.Agent),
                    Transcript = transcript,
                };
                result = await agent.RunAsync(session, migration, cancellationToken);
            }

            if (result.Outcome == SessionOutcome.ChangedAndVerified)
            {
                commit = workspace.Commit(CommitMessage(migration, result, transcriptPath));
            }

            AgentRunReport.Write(output, result, workspace, commit, transcriptPath, judge is not null);
            return ExitCodeFor(result);
        }
        finally
        {
            // A branch without a verified commit is deleted; one with a commit stays for review.
            workspace.Close(keepBranch: commit is not null);
        }
    }

    /// <summary>
    /// A rewrite migration runs the deterministic agent unless an LLM is named; every other migration needs an LLM.
    /// Null (after writing why) when the provider settings cannot be used.
    /// </summary>
    private static async Task<(ISiteAgent Agent, IChangeJudge? Judge)?> ChooseAgentAsync(
        Migration migration, ProviderChoice provider, Func<string, string?> environment, TextWriter errors)
    {
        if (migration.Agent.Kind == AgentKind.Rewrite && !provider.IsGiven(environment))
        {
            return (new RewriteSiteAgent(), null);
        }

        var settings = provider.Load(environment);
        if (!settings.Succeeded)
        {
            foreach (var error in settings.Errors)
            {
                await errors.WriteLineAsync($"plcfleet agent run: {error}");
            }

            return null;
        }

        try
        {
            var llm = new LlmSiteAgent(ChatClientFactory.Create(settings.Settings!, environment));
            return (llm, llm.CreateJudge());
        }
        catch (LlmProviderException ex)
        {
            await errors.WriteLineAsync($"plcfleet agent run: {ex.Message}");
            return null;
        }
    }

    public static int ExitCodeFor(SessionResult result) => result switch
    {
        { Outcome: SessionOutcome.ChangedAndVerified or SessionOutcome.NoChangeNeeded } => ExitCodes.Success,

        // The provider could not be used (bad key, unknown model, unreachable): nothing was tried on the code.
        { EndReason: SessionEndReason.ProviderError } => ExitCodes.UsageError,
        _ => ExitCodes.Findings,
    };

    private static string SiteFacts(GitRepository repository, SiteWorkspace workspace) =>
        $"Repository: {Path.GetFileName(repository.Root)} (commit {workspace.BaseCommit[..12]}). Paths are relative to the repository root.";

    private static string CommitMessage(Migration migration, SessionResult result, string transcriptPath) =>
        $"""
        {migration.Title}

        Migration: {migration.Id} v{migration.Version} (sha256 {migration.ContentHash[..16]})
        Verification: {result.Message}
        Attempts: {result.Attempts}, turns: {result.Turns}, judge vetoes: {result.JudgeVetoes}
        Transcript: {Path.GetFileName(transcriptPath)}
        """;
}
