using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>
/// Loads the files a migration command needs; every problem is printed as <c>file:line:col: error: message</c>
/// on stderr, and the caller exits with the usage code (nothing was run).
/// </summary>
public static class MigrationInputs
{
    public static Fleet.Migrations.Migration? LoadMigration(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: error: migration file not found");
            return null;
        }

        var result = MigrationParser.Load(path);
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem.ToString());
        }

        return result.Succeeded ? result.Migration : null;
    }

    public static Fleet.Inventory.Fleet? LoadFleet(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: error: fleet file not found");
            return null;
        }

        var result = FleetLoader.Load(path);
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem.ToString());
        }

        return result.Succeeded ? result.Fleet : null;
    }

    /// <summary><c>--work</c>, or <c>.plcfleet</c> beside the fleet file.</summary>
    public static string WorkFolder(string? work, string fleetPath) =>
        Path.GetFullPath(work ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fleetPath))!, ".plcfleet"));
}
