using System.CommandLine;
using PlcFleet.Fleet.Runs;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary><c>plcfleet migration resume RUN</c>: continue a run with the migration and fleet files it was started with.</summary>
public static class ResumeCommand
{
    public static Command Create()
    {
        var runId = new Argument<string>("run") { Description = "The run id (see plcfleet migration status)" };
        var work = MigrationOptions.Work(".plcfleet in the current folder");
        var retryFailed = new Option<bool>("--retry-failed") { Description = "Run failed and error sites again" };
        var command = new Command("resume", "Continue an interrupted run: finished sites are kept, sites that were running start again") { runId, work, retryFailed };
        command.SetAction((parse, token) => RunAsync(parse.GetValue(runId)!, WorkStore.DefaultFolder(parse.GetValue(work)), parse.GetValue(retryFailed), token));
        return command;
    }

    public static async Task<int> RunAsync(string runId, string workFolder, bool retryFailed, CancellationToken cancellationToken)
    {
        var store = WorkStore.OpenExisting(workFolder, "migration resume");
        if (store is null)
        {
            return ExitCodes.UsageError;
        }

        var run = await store.GetRunAsync(runId, cancellationToken);
        if (run is null || RunFiles.TryParse(run.OptionsJson) is not { MigrationFile: { } migrationFile, FleetFile: { } fleetFile } files)
        {
            Console.Error.WriteLine(run is null
                ? $"plcfleet migration resume: no run '{runId}' in {workFolder}"
                : $"plcfleet migration resume: run {runId} does not record its migration and fleet files; run plcfleet migration run FILE --fleet FLEET again");
            return ExitCodes.UsageError;
        }

        var options = new MigrationRunOptions
        {
            WorkFolder = workFolder,
            RunId = runId,
            Parallel = files.Parallel,
            MaxOpenReviews = files.MaxOpenReviews,
            RetryFailed = retryFailed,
            MigrationFile = migrationFile,
            FleetFile = fleetFile,
        };
        return await RunCommand.RunAsync(options, dryRun: false, configPath: null, cancellationToken);
    }
}
