using System.CommandLine;
using PlcFleet.Fleet.Runs;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>
/// <c>plcfleet migration status [RUN]</c>: where every site of a run stands. Safe while a run goes on in another
/// process: the store is SQLite in WAL mode, so this reader never blocks the writer.
/// </summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var runId = new Argument<string?>("run") { Description = "The run id (default: list every run, then the latest in detail)", Arity = ArgumentArity.ZeroOrOne };
        var work = MigrationOptions.Work(".plcfleet in the current folder");
        var command = new Command("status", "Show the state of every site in a run (works while the run is going on)") { runId, work };
        command.SetAction((parse, token) => RunAsync(parse.GetValue(runId), WorkStore.DefaultFolder(parse.GetValue(work)), token));
        return command;
    }

    public static async Task<int> RunAsync(string? runId, string workFolder, CancellationToken cancellationToken)
    {
        var store = WorkStore.OpenExisting(workFolder, "migration status");
        if (store is null)
        {
            return ExitCodes.UsageError;
        }

        var runs = await store.ListRunsAsync(cancellationToken: cancellationToken);
        var run = runId is null ? (runs.Count > 0 ? runs[0] : null) : runs.FirstOrDefault(r => r.Id == runId);
        if (run is null)
        {
            Console.Error.WriteLine(runId is null
                ? $"plcfleet migration status: no runs in {workFolder}"
                : $"plcfleet migration status: no run '{runId}' in {workFolder}; runs: {(runs.Count == 0 ? "none" : string.Join(", ", runs.Select(r => r.Id)))}");
            return ExitCodes.UsageError;
        }

        if (runId is null)
        {
            // Without a run id: every run, newest first, then the newest one in detail.
            Console.WriteLine($"{runs.Count} run(s) in {workFolder}:");
            foreach (var listed in runs)
            {
                var state = listed.FinishedUtc is { } done ? $"finished {done.ToLocalTime():yyyy-MM-dd HH:mm}" : "in progress or interrupted";
                Console.WriteLine($"  {listed.Id,-40} {listed.MigrationId} v{listed.MigrationVersion}  started {listed.StartedUtc.ToLocalTime():yyyy-MM-dd HH:mm}, {state}");
            }

            Console.WriteLine();
            Console.WriteLine($"latest run {run.Id} (pass a run id for another):");
        }

        var sites = await store.ListSiteRunsAsync(run.Id, cancellationToken);
        var summary = new RunSummary(run.Id, run.MigrationId, run.MigrationVersion, RunSummary.TargetedIn(sites), sites);
        Console.Write(RunSummaryText.Render(summary));
        var when = run.FinishedUtc is { } finished ? $"last finished {finished.ToLocalTime():yyyy-MM-dd HH:mm:ss}" : "in progress or interrupted";
        Console.WriteLine($"started {run.StartedUtc.ToLocalTime():yyyy-MM-dd HH:mm:ss}, {when}; {summary.Unfinished} site(s) still to do");
        return ExitCodes.Success;
    }
}
