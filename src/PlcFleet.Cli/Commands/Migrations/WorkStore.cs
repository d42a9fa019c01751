using PlcFleet.Fleet.Store;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>The store in a work folder. Readers never create one: asking about runs in an empty folder is a usage error.</summary>
public static class WorkStore
{
    public const string FileName = "plcfleet.db";

    public static string PathIn(string workFolder) => Path.Combine(workFolder, FileName);

    /// <summary><c>--work</c>, or <c>.plcfleet</c> in the current folder.</summary>
    public static string DefaultFolder(string? work) => Path.GetFullPath(work ?? ".plcfleet");

    /// <summary>Opens an existing store; null (with a message on stderr) when there is none.</summary>
    public static SqliteFleetStore? OpenExisting(string workFolder, string command)
    {
        var path = PathIn(workFolder);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet {command}: no store at {path}; pass --work with the folder of a migration run");
            return null;
        }

        return SqliteFleetStore.Open(path);
    }
}
