using System.CommandLine;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary><c>plcfleet agent run|replay</c>: single agent sessions, outside a fleet-wide migration run.</summary>
public static class AgentCommand
{
    public static Command Create() => new("agent", "Run or replay one agent session on one site repository")
    {
        AgentRunCommand.Create(),
        AgentReplayCommand.Create(),
    };
}
