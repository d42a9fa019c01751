using System.CommandLine;
using PlcFleet.Mcp;

namespace PlcFleet.Cli.Commands;

/// <summary><c>plcfleet mcp</c>: serves PlcFleet's checks to IDE and CLI coding agents over MCP (stdio).</summary>
public static class McpCommand
{
    public static Command Create()
    {
        var root = new Option<DirectoryInfo>("--root")
        {
            Description = "The only folder the tools may read (paths outside it, /proc and devices are refused); default: the current folder",
        };
        var command = new Command("mcp", "Run the MCP server on stdin/stdout (tools: check, verify, simulate, equiv, safety_check) for Claude Code, VS Code and other agents") { root };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(root);
            if (folder is not null && !folder.Exists)
            {
                await Console.Error.WriteLineAsync($"plcfleet mcp: --root folder '{folder.FullName}' does not exist");
                return ExitCodes.UsageError;
            }

            await PlcFleetMcpServer.RunAsync(folder?.FullName, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
