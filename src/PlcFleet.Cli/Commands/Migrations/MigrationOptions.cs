using System.CommandLine;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary>Options several migration commands share, spelled the same everywhere.</summary>
public static class MigrationOptions
{
    public static Option<string> Fleet() => new("--fleet")
    {
        Description = "The fleet inventory",
        DefaultValueFactory = _ => "fleet.yaml",
    };

    public static Option<string?> Work(string defaultText) => new("--work")
    {
        Description = $"Work folder with the store, workspaces and transcripts (default: {defaultText})",
    };
}
