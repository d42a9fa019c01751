using System.CommandLine;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary><c>plcfleet migration lint|plan|run|resume|status</c>.</summary>
public static class MigrationCommands
{
    public static Command Create() => new("migration", "Lint, plan, run and track fleet migrations")
    {
        LintCommand.Create(),
        PlanCommand.Create(),
        RunCommand.Create(),
        ResumeCommand.Create(),
        StatusCommand.Create(),
    };
}
