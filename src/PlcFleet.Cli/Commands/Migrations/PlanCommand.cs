using System.CommandLine;
using PlcFleet.Fleet.Targeting;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary><c>plcfleet migration plan FILE --fleet fleet.yaml</c>: which sites the migration targets, and why not the others.</summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The migration prompt" };
        var fleet = MigrationOptions.Fleet();
        var command = new Command("plan", "Show for every site whether the migration targets it, with each precondition's evidence") { file, fleet };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(fleet)!));
        return command;
    }

    public static int Run(string migrationPath, string fleetPath)
    {
        var fleet = MigrationInputs.LoadFleet(fleetPath);
        var migration = MigrationInputs.LoadMigration(migrationPath);
        if (fleet is null || migration is null)
        {
            return ExitCodes.UsageError;
        }

        var plan = MigrationPlanner.Plan(fleet, migration);
        Console.Write(MigrationPlanText.Render(plan));
        var broken = plan.Sites.SelectMany(s => s.SettingsErrors).ToList();
        foreach (var error in broken)
        {
            Console.Error.WriteLine(error);
        }

        // A plan over a site whose settings cannot be read is not a plan anyone should act on.
        return broken.Count > 0 ? ExitCodes.UsageError : ExitCodes.Success;
    }
}
