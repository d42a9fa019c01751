using PlcFleet.Verification;
using System.CommandLine;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Sessions;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>
/// <c>plcfleet agent replay TRANSCRIPT --repo DIR</c>: re-applies a session's recorded edits to a fresh copy of the
/// commit it started from and runs the verifiers again, without an LLM (evidence for the reviewer).
/// </summary>
public static class AgentReplayCommand
{
    public static Command Create()
    {
        var transcript = new Argument<string>("transcript") { Description = "A session transcript (.jsonl) written by 'plcfleet agent run' or 'plcfleet migration run'" };
        var repo = new Option<string>("--repo") { Description = "The site's git repository", Required = true };
        var migration = new Option<string?>("--migration") { Description = "The migration file (default: the one recorded in the transcript)" };
        var command = new Command("replay", "Re-apply a transcript's edits to a fresh worktree and re-run the verifiers, without an LLM")
        {
            transcript, repo, migration,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(transcript)!, parse.GetValue(repo)!, parse.GetValue(migration), Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        string transcriptPath, string repository, string? migrationFile, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!File.Exists(transcriptPath))
        {
            await errors.WriteLineAsync($"plcfleet agent replay: transcript '{transcriptPath}' not found");
            return ExitCodes.UsageError;
        }

        var origin = WorkspaceOriginEvent.FindOrigin(TranscriptReader.Read(transcriptPath));
        if (origin is null)
        {
            await errors.WriteLineAsync($"plcfleet agent replay: {transcriptPath} does not say which commit the session started from (not written by 'plcfleet agent run' or 'migration run')");
            return ExitCodes.UsageError;
        }

        var scope = ChangeScope.Everything;
        var migrationPath = migrationFile ?? origin.MigrationFile;
        if (File.Exists(migrationPath))
        {
            var parsed = MigrationParser.Load(migrationPath);
            if (!parsed.Succeeded)
            {
                foreach (var problem in parsed.Problems)
                {
                    await errors.WriteLineAsync(problem.ToString());
                }

                return ExitCodes.UsageError;
            }

            if (parsed.Migration!.ContentHash != origin.MigrationHash)
            {
                await errors.WriteLineAsync($"warning: {migrationPath} changed since the session ran; its current scope is used");
            }

            scope = MigrationChangeScope.From(parsed.Migration);
        }
        else
        {
            await errors.WriteLineAsync($"warning: migration file {migrationPath} not found; checking with the default scope (tests and safety files read-only)");
        }

        using var baseline = GitBaseline.TryCreate(repository, origin.BaseCommit, out var error);
        if (baseline is null)
        {
            await errors.WriteLineAsync($"plcfleet agent replay: {error}");
            return ExitCodes.UsageError;
        }

        var fresh = PrivateTemp.NewPath("replay");
        try
        {
            var replay = await TranscriptReplayer.ReplayAsync(transcriptPath, baseline.Root, fresh, SiteVerifiers.Runner(), scope, cancellationToken);
            output.WriteLine($"replayed {origin.MigrationId} v{origin.MigrationVersion} on {origin.BaseCommit[..12]}: {replay.AppliedEdits} edit(s) applied, {replay.FailedEdits.Count} failed");
            foreach (var failed in replay.FailedEdits)
            {
                output.WriteLine($"  edit failed: {failed.ReplaceLineEndings(" ")}");
            }

            output.WriteLine(AgentSummaryRenderer.Render(replay.Report));
            return replay.Report.Passed && replay.FailedEdits.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
        }
        finally
        {
            PrivateTemp.TryDelete(fresh);
        }
    }
}
