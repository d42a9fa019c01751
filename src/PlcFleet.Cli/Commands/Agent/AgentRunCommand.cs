using System.CommandLine;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Git;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Sessions;
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

        // Provider flags, variables or a config file name an LLM: then this session is the LLM agent's.
        var llmNamed = request.Provider.IsGiven(environment);
        var choice = AgentPolicy.Choose(migration, requested: llmNamed ? AgentKind.Llm : null,
            llmNamed || migration.Agent.Kind == AgentKind.Llm ? request.Provider.Load(environment) : null, environment);
        if (choice.Agent is not { } agent)
        {
            foreach (var problem in choice.Problems)
            {
                await errors.WriteLineAsync($"plcfleet agent run: {problem}");
            }

            return ExitCodes.UsageError;
        }

        var judge = choice.Judge;

        var workRoot = request.WorkFolder ?? Path.Combine(repository.Run("rev-parse", "--path-format=absolute", "--git-common-dir").Trim(), "plcfleet");
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var runName = $"{migration.Id}-v{migration.Version}-{stamp}";
        var transcriptPath = Path.GetFullPath(Path.Combine(workRoot, "transcripts", runName + ".jsonl"));

        // The same isolated workspace as a fleet run: a worktree on the migration branch, the site's checkout untouched.
        var workspace = SiteWorkspace.Create(repository.Root, Path.Combine(workRoot, "worktrees", runName), branchName);
        string? commit = null;
        try
        {
            var session = new SiteSession(new SiteSessionRequest(migration, workspace, agent, transcriptPath, SiteFacts(repository, workspace)) { Judge = judge });
            var result = await session.RunAsync(cancellationToken);
            if (result.Outcome == SessionOutcome.ChangedAndVerified)
            {
                commit = session.Commit(result);
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

    public static int ExitCodeFor(SessionResult result) => result switch
    {
        { Outcome: SessionOutcome.ChangedAndVerified or SessionOutcome.NoChangeNeeded } => ExitCodes.Success,

        // The provider could not be used (bad key, unknown model, unreachable): nothing was tried on the code.
        { EndReason: SessionEndReason.ProviderError } => ExitCodes.UsageError,
        _ => ExitCodes.Findings,
    };

    private static string SiteFacts(GitRepository repository, SiteWorkspace workspace) =>
        $"Repository: {Path.GetFileName(repository.Root)} (commit {workspace.BaseCommit[..12]}). Paths are relative to the repository root.";
}
