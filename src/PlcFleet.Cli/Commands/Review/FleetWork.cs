using System.CommandLine;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;

namespace PlcFleet.Cli.Commands.Review;

/// <summary>
/// The <c>--work DIR</c> and <c>--fleet FILE</c> options shared by the review, rollout, user and audit commands. The
/// work folder (default <c>.plcfleet</c>) holds <c>plcfleet.db</c>; the fleet file defaults to <c>fleet.yaml</c> beside it.
/// </summary>
public sealed class FleetWork
{
    public Option<string> Work { get; } = new("--work") { Description = "Work folder holding plcfleet.db (default .plcfleet)", DefaultValueFactory = _ => ".plcfleet" };

    public Option<string?> FleetFile { get; } = new("--fleet") { Description = "fleet.yaml (default: fleet.yaml beside the work folder)" };

    public void AddTo(Command command, bool withFleet)
    {
        command.Options.Add(Work);
        if (withFleet)
        {
            command.Options.Add(FleetFile);
        }
    }

    public static string StorePath(string work) => Path.Combine(Path.GetFullPath(work), "plcfleet.db");

    /// <summary>The store, or null (with the reason on stderr) when the work folder has none; a fresh store is never created by a reader.</summary>
    public SqliteFleetStore? OpenStore(ParseResult parse, string command, bool create = false)
    {
        var path = StorePath(parse.GetValue(Work)!);
        if (!create && !File.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet {command}: no fleet store at {path}; pass --work DIR (the folder of a migration run)");
            return null;
        }

        return SqliteFleetStore.Open(path);
    }

    /// <summary><c>--fleet</c>, or fleet.yaml beside the work folder.</summary>
    public string FleetPath(ParseResult parse) =>
        Path.GetFullPath(parse.GetValue(FleetFile) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(Work)!))!, "fleet.yaml"));

    /// <summary>The fleet's site repositories, or null (problems on stderr) when fleet.yaml cannot be loaded.</summary>
    public SiteRepositories? LoadFleet(ParseResult parse, string command)
    {
        var path = FleetPath(parse);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet {command}: fleet file {path} does not exist; pass --fleet FILE");
            return null;
        }

        var loaded = FleetLoader.Load(path);
        foreach (var problem in loaded.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        return loaded.Succeeded ? new SiteRepositories(loaded.Fleet!) : null;
    }
}
