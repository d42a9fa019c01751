using System.CommandLine;
using PlcFleet.Cli.Commands;
using PlcFleet.Cli.Commands.Agent;
using PlcFleet.Cli.Commands.Safety;

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
        root.Subcommands.Add(SafetyCommand.Create());
        var bench = SafetyCommand.Bench();
        bench.Subcommands.Add(Commands.Simulation.BenchCommand.Equiv());
        root.Subcommands.Add(bench);
        root.Subcommands.Add(Commands.Users.UserCommands.Create());
        root.Subcommands.Add(Commands.Rollout.RolloutCommands.Create());
        root.Subcommands.Add(Commands.FleetDefinitions.FleetDefinitionCommands.Create());
        root.Subcommands.Add(Commands.Audit.AuditCommands.Create());
        root.Subcommands.Add(AgentCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(McpCommand.Create());
        root.Subcommands.Add(Commands.Migrations.MigrationCommands.Create());
        root.Subcommands.Add(Commands.ChangeRequests.ChangeRequestCommands.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(Commands.Formats.FormatsCommands.Create());
        root.Subcommands.Add(Commands.Serve.ServeCommand.Create());

        // Last: cr approve/reject and migration feedback join the cr and migration groups added above.
        Commands.Review.ReviewCommands.AttachTo(root);
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

            if (Output.CommandSuggestion.For(parse) is { } suggestion)
            {
                await Console.Error.WriteLineAsync($"plcfleet: {suggestion}");
            }

            await Console.Error.WriteLineAsync("Run 'plcfleet --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (DiskProblem.Describe(e) is { } problem)
        {
            // A read-only or full disk is the operator's to fix: say which file, not where in plcfleet it was noticed.
            await Console.Error.WriteLineAsync($"plcfleet: error: {problem}");
            return ExitCodes.UsageError;
        }
        catch (Exception e)
        {
            // Anything else is a bug in plcfleet: keep the trace for the report, as the default handler did.
            await Console.Error.WriteLineAsync($"plcfleet: unexpected error: {e}");
            return ExitCodes.Findings;
        }
    }
}
