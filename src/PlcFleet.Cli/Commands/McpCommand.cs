using System.CommandLine;
using PlcFleet.Mcp;

namespace PlcFleet.Cli.Commands;

/// <summary><c>plcfleet mcp</c>: serves PlcFleet's checks to IDE and CLI coding agents over MCP (stdio).</summary>
public static class McpCommand
{
    public static Command Create()
    {
        var command = new Command("mcp", "Run the MCP server on stdin/stdout (tools: check, verify, simulate, equiv, safety_check) for Claude Code, VS Code and other agents");
        command.SetAction(async (_, cancellationToken) =>
        {
            await PlcFleetMcpServer.RunAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
