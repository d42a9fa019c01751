using System.CommandLine;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Targeting;
using Spectre.Console;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>
/// <c>plcfleet migration run FILE --fleet fleet.yaml</c>: run a migration over every targeted site. Running the
/// same command again resumes the run (finished sites are kept); Ctrl-C stops cleanly and can be resumed too.
/// </summary>
public static class RunCommand
{
    public const int Interrupted = 130;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The migration prompt" };
        var fleet = MigrationOptions.Fleet();
        var work = MigrationOptions.Work(".plcfleet beside fleet.yaml");
        var sites = new Option<string?>("--sites") { Description = "Comma-separated site ids; these run again even when finished" };
        var parallel = new Option<int>("--parallel") { Description = "Sites worked on at once", DefaultValueFactory = _ => 2 };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the plan and which sites would run; change nothing" };
        var retryFailed = new Option<bool>("--retry-failed") { Description = "Run failed and error sites again" };
        var maxOpen = new Option<int>("--max-open-reviews") { Description = "Open change requests at which further sites wait for review", DefaultValueFactory = _ => 20 };
        var config = new Option<string?>("--config") { Description = "LLM provider settings (default: plcfleet.config.yaml beside fleet.yaml)" };
        var agent = new Option<string?>("--agent") { Description = "The agent for this run, whatever the migration's agent.kind says: llm or rewrite" };
        agent.AcceptOnlyFromAmong("llm", "rewrite");
        var command = new Command("run", "Run a migration over the fleet: agent, verifiers, judge, change requests") { file, fleet, work, sites, parallel, dryRun, retryFailed, maxOpen, config, agent };
        command.SetAction((parse, token) =>
        {
            var fleetPath = parse.GetValue(fleet)!;
            var options = new MigrationRunOptions
            {
                WorkFolder = MigrationInputs.WorkFolder(parse.GetValue(work), fleetPath),
                Sites = parse.GetValue(sites)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Parallel = parse.GetValue(parallel),
                RetryFailed = parse.GetValue(retryFailed),
                MaxOpenReviews = parse.GetValue(maxOpen),
                MigrationFile = Path.GetFullPath(parse.GetValue(file)!),
                FleetFile = Path.GetFullPath(fleetPath),
            };
            AgentKind? requested = parse.GetValue(agent) switch { "llm" => AgentKind.Llm, "rewrite" => AgentKind.Rewrite, _ => null };
            return RunAsync(options, parse.GetValue(dryRun), parse.GetValue(config), token, requested: requested);
        });
        return command;
    }

    public static async Task<int> RunAsync(MigrationRunOptions options, bool dryRun, string? configPath, CancellationToken cancellationToken, bool offline = false, AgentKind? requested = null)
    {
        if (options.Parallel < 1 || options.MaxOpenReviews < 0)
        {
            Console.Error.WriteLine("plcfleet migration run: --parallel must be at least 1 and --max-open-reviews at least 0");
            return ExitCodes.UsageError;
        }

        var fleet = MigrationInputs.LoadFleet(options.FleetFile!);
        var migration = MigrationInputs.LoadMigration(options.MigrationFile!);
        if (fleet is null || migration is null)
        {
            return ExitCodes.UsageError;
        }

        if (dryRun)
        {
            return DryRun(fleet, migration, options);
        }

        var choice = AgentChoice.For(migration, options.FleetFile!, configPath, requested, offline);
        if (choice.Agent is null)
        {
            foreach (var problem in choice.Problems)
            {
                Console.Error.WriteLine($"plcfleet migration run: {problem}");
            }

            return ExitCodes.UsageError;
        }

        var store = SqliteFleetStore.Open(Path.Combine(options.WorkFolder, WorkStore.FileName));
        var plan = MigrationPlanner.Plan(fleet, migration);
        Console.WriteLine($"{migration.Id} v{migration.Version}: {plan.Targeted.Count} of {plan.Sites.Count} sites targeted; agent {choice.Agent.Name}, judge {(choice.Judge is null ? "off (no LLM configured)" : "on")}, store {store.Path}");

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // First Ctrl-C: stop cleanly (sites in flight go back to targeted); a second one kills the process.
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var live = IsTerminal ? new LiveRunProgress(plan.Targeted.Select(s => s.Site.Id).ToList()) : null;
            var attemptStarted = DateTimeOffset.UtcNow;
            var runner = new MigrationRunner(store, choice.Agent, choice.Judge, live is null ? new PlainRunProgress(Console.Out) : live);
            var work = runner.RunAsync(fleet, migration, options, interrupt.Token);
            var result = live is null ? await work : await live.ShowWhileAsync(work);
            if (!result.Started)
            {
                Console.Error.WriteLine($"plcfleet migration run: {result.Problem!.Message}");
                return ExitCodes.UsageError;
            }

            Console.WriteLine();
            Console.Write(RunSummaryText.Render(result.Summary!));
            if (RunSummaryText.RetryHint(result.Summary!, attemptStarted, options) is { } hint)
            {
                Console.WriteLine(hint);
            }

            Console.WriteLine($"Change requests: plcfleet cr list --work {options.WorkFolder}");
            return result.Summary!.HasFailures ? ExitCodes.Findings : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            Console.Error.WriteLine("interrupted: run the same command again (or plcfleet migration resume) to continue where it stopped");
            return Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static bool IsTerminal => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static int DryRun(Fleet.Inventory.Fleet fleet, Fleet.Migrations.Migration migration, MigrationRunOptions options)
    {
        var plan = MigrationPlanner.Plan(fleet, migration);
        Console.Write(MigrationPlanText.Render(plan));
        var chosen = plan.Targeted.Where(s => options.Sites is null || options.Sites.Contains(s.Site.Id)).Select(s => s.Site.Id).ToList();
        Console.WriteLine($"dry run: {chosen.Count} site(s) would run unless already finished in an earlier run: {string.Join(", ", chosen)}");
        return ExitCodes.Success;
    }
}
