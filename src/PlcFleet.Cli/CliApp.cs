using System.CommandLine;
using PlcFleet.Cli.Commands;

namespace PlcFleet.Cli;

/// <summary>The composition root: builds the <c>plcfleet</c> command tree.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("plcfleet: verified changes to PLC code across a fleet of sites");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(Commands.Simulation.TestCommand.Create());
        root.Subcommands.Add(Commands.Simulation.EquivCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"plcfleet: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'plcfleet --help' for usage.");
            return ExitCodes.UsageError;
        }

        return await parse.InvokeAsync();
    }
}
