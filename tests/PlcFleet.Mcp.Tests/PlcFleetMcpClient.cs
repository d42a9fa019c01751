using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace PlcFleet.Mcp.Tests;

/// <summary>An MCP client connected to a real <c>dotnet plcfleet.dll mcp</c> child process over stdio, as an IDE agent connects.</summary>
public sealed class PlcFleetMcpClient : IAsyncDisposable
{
    private PlcFleetMcpClient(McpClient client) => Client = client;

    public McpClient Client { get; }

    /// <param name="root">The folder the server may read (<c>--root</c>); default: the temp folder, where test sites live.</param>
    public static async Task<PlcFleetMcpClient> StartAsync(string? root = null)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "plcfleet",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "plcfleet.dll"), "mcp", "--root", root ?? Path.GetTempPath()],
        });
        return new PlcFleetMcpClient(await McpClient.CreateAsync(transport));
    }

    public async Task<(string Text, bool IsError)> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments);
        var text = string.Join('\n', result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        return (text, result.IsError == true);
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
