using System.CommandLine;
using PlcFleet.Cli.Commands.ChangeRequests;
using PlcFleet.Cli.Commands.Migrations;
using PlcFleet.Fleet.Demo;
using PlcFleet.Fleet.Runs;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Targeting;

namespace PlcFleet.Cli.Commands;

/// <summary>
/// <c>plcfleet demo</c>: the product's main job on the bundled example fleet, offline: plan the guard-monitor
/// migration, run it with the structural-rewrite agent and the verifiers, then show a change request and the
/// site a verifier stopped.
/// </summary>
public static class DemoCommand
{
    public const string MigrationId = "guard-monitor";

    public static Command Create()
    {
        var work = new Option<string>("--work") { Description = "Demo folder, wiped first (default: ./plcfleet-demo)", DefaultValueFactory = _ => "plcfleet-demo" };
        var command = new Command("demo", "Run the guard-monitor migration over the example fleet (no network, no LLM)") { work };
        command.SetAction((parse, token) => RunAsync(parse.GetValue(work)!, token));
        return command;
    }

    public static async Task<int> RunAsync(string workFolder, CancellationToken cancellationToken)
    {
        var examples = ExamplesLocator.Find(AppContext.BaseDirectory, Environment.CurrentDirectory);
        if (examples is null)
        {
            Console.Error.WriteLine("plcfleet demo: the example fleet was not found beside plcfleet or in an examples/ folder above the current folder");
            return ExitCodes.UsageError;
        }

        var (demo, problem) = DemoFleet.Create(examples, workFolder);
        if (demo is null)
        {
            Console.Error.WriteLine($"plcfleet demo: {problem}");
            return ExitCodes.UsageError;
        }

        Heading($"1. The fleet: {demo.FleetFile} (every site folder is now a git repository)");
        var fleet = MigrationInputs.LoadFleet(demo.FleetFile);
        var migration = MigrationInputs.LoadMigration(demo.Migration(MigrationId));
        if (fleet is null || migration is null)
        {
            return ExitCodes.UsageError;
        }

        Heading($"2. The plan: which sites {migration.Id} v{migration.Version} targets, and why not the others");
        Console.Write(MigrationPlanText.Render(MigrationPlanner.Plan(fleet, migration), withReasons: false));

        Heading("3. The run: rewrite agent, verifiers (scope, compile, safety, simulation, equivalence), change requests");
        var options = new MigrationRunOptions
        {
            WorkFolder = demo.WorkFolder,
            Parallel = 2,
            MigrationFile = demo.Migration(MigrationId),
            FleetFile = demo.FleetFile,
        };
        var exit = await RunCommand.RunAsync(options, dryRun: false, configPath: null, cancellationToken, offline: true);
        if (exit is ExitCodes.UsageError or RunCommand.Interrupted)
        {
            return exit;
        }

        var store = SqliteFleetStore.Open(Path.Combine(demo.WorkFolder, WorkStore.FileName));
        var changeRequests = await store.ListChangeRequestsAsync(cancellationToken: cancellationToken);
        if (changeRequests.Count > 0)
        {
            Heading("4. A change request, as the safety engineer sees it");
            ChangeRequestView.Write(changeRequests[0], Console.Out, ChangeRequestCommands.Colour);
        }

        var run = (await store.ListRunsAsync(migration.Id, cancellationToken))[0];
        var stopped = (await store.ListSiteRunsAsync(run.Id, cancellationToken))
            .Where(s => s.State is SiteRunState.Failed or SiteRunState.Vetoed).ToList();
        Heading("5. Changes a verifier stopped (no change request; the site stays as it was)");
        foreach (var site in stopped)
        {
            Console.WriteLine($"  {site.SiteId}: {SiteStateText.Of(site.State, site.Reason)}");
        }

        if (stopped.Count == 0)
        {
            Console.WriteLine("  none");
        }

        Heading("Next");
        Console.WriteLine($"  plcfleet cr list --work {demo.WorkFolder}");
        Console.WriteLine($"  plcfleet migration status --work {demo.WorkFolder}");
        Console.WriteLine($"  plcfleet audit export --migration {migration.Id} --work {demo.WorkFolder}");
        Console.WriteLine($"  git -C {Path.Combine(demo.Root, "sites", "lyon-l1")} log --all --oneline");
        return ExitCodes.Success;
    }

    private static void Heading(string text)
    {
        Console.WriteLine();
        Console.WriteLine(text);
    }
}
