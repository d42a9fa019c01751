using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PlcFleet.Mcp.Tools;

namespace PlcFleet.Mcp;

/// <summary>
/// The stdio MCP server behind <c>plcfleet mcp</c>. Stdout carries the protocol, so every log line goes to stderr.
/// The five tools are thin adapters over the verifiers PlcFleet's own agent sessions must pass.
/// </summary>
public static class PlcFleetMcpServer
{
    public const string Name = "plcfleet";

    /// <param name="root">The only folder the tools may read (default: the current folder).</param>
    public static async Task RunAsync(string? root = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new StderrLineLogger.Provider());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new McpRoot(root ?? Directory.GetCurrentDirectory()));
        builder.Services
            .AddMcpServer(options => options.ServerInfo = new() { Name = Name, Version = typeof(PlcFleetMcpServer).Assembly.GetName().Version?.ToString() ?? "0" })
            .WithStdioServerTransport()
            .WithTools<CheckTool>()
            .WithTools<VerifyTool>()
            .WithTools<SimulateTool>()
            .WithTools<SafetyCheckTool>()
            .WithTools<EquivTool>();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
