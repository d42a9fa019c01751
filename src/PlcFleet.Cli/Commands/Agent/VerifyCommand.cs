using System.CommandLine;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>
/// <c>plcfleet verify [PATH] [--baseline REF|FOLDER] [--migration FILE] [--stop-hook]</c>: the outer check for external
/// coding agents. Compares the working folder with a git ref (HEAD by default) and runs the same verifiers as
/// <c>plcfleet agent run</c>. With <c>--stop-hook</c> a failure prints the summary on stderr and exits 2, which is
/// how Claude Code's Stop hook tells the agent to keep working.
/// </summary>
public static class VerifyCommand
{
    public const int StopHookBlock = 2;

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The site folder to verify", DefaultValueFactory = _ => "." };
        var baseline = new Option<string?>("--baseline") { Description = "The code before the change: a git ref (default HEAD) or a folder" };
        var migration = new Option<string?>("--migration") { Description = "A migration file whose scope and ceiling the change must respect" };
        var include = new Option<string[]>("--include") { Description = "Globs of files the change may touch (default: all)", AllowMultipleArgumentsPerToken = true };
        var exclude = new Option<string[]>("--exclude") { Description = "Globs of files the change must not touch", AllowMultipleArgumentsPerToken = true };
        var stopHook = new Option<bool>("--stop-hook") { Description = "Agent stop-hook mode: on failure write the summary to stderr and exit 2" };
        var command = new Command("verify", "Verify uncommitted changes of a site against its last commit (or --baseline)")
        {
            path, baseline, migration, include, exclude, stopHook,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(path)!, parse.GetValue(baseline), parse.GetValue(migration),
            parse.GetValue(include) ?? [], parse.GetValue(exclude) ?? [], parse.GetValue(stopHook), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string path, string? baseline, string? migrationFile, string[] include, string[] exclude, bool stopHook, CancellationToken cancellationToken)
    {
        var scope = MigrationChangeScope.FromGlobs(include, exclude);
        var prompt = "";
        if (migrationFile is not null)
        {
            var parsed = MigrationParser.Load(migrationFile);
            if (!parsed.Succeeded)
            {
                foreach (var problem in parsed.Problems)
                {
                    await Console.Error.WriteLineAsync(problem.ToString());
                }

                return ExitCodes.UsageError;
            }

            scope = MigrationChangeScope.From(parsed.Migration!);
            prompt = parsed.Migration!.Text;
        }

        var baselineFolder = baseline is not null && Directory.Exists(baseline) ? baseline : null;
        var gitRef = baselineFolder is null ? baseline : null;
        var result = await WorkspaceVerification.RunAsync(path, baselineFolder, gitRef, scope, prompt, cancellationToken);
        if (result.Report is null)
        {
            await Console.Error.WriteLineAsync($"plcfleet verify: {result.Error}");
            return ExitCodes.UsageError;
        }

        var summary = AgentSummaryRenderer.Render(result.Report);
        if (result.Report.Passed)
        {
            Console.WriteLine(summary);
            return ExitCodes.Success;
        }

        if (stopHook)
        {
            await Console.Error.WriteLineAsync(summary + "\nFix these findings (not the tests), then finish again.");
            return StopHookBlock;
        }

        Console.WriteLine(summary);
        return ExitCodes.Findings;
    }
}
