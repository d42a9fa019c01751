using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace PlcFleet.Mcp.Tests;

/// <summary>An MCP client connected to a real <c>dotnet plcfleet.dll mcp</c> child process over stdio, as an IDE agent connects.</summary>
public sealed class PlcFleetMcpClient : IAsyncDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _stderr;

    private PlcFleetMcpClient(McpClient client, System.Collections.Concurrent.ConcurrentQueue<string> stderr)
    {
        Client = client;
        _stderr = stderr;
    }

    public McpClient Client { get; }

    /// <summary>What the server wrote to stderr so far (its log).</summary>
    public string StdErr => string.Join('\n', _stderr);

    /// <param name="root">The folder the server may read (<c>--root</c>); default: the temp folder, where test sites live.</param>
    public static async Task<PlcFleetMcpClient> StartAsync(string? root = null)
    {
        var stderr = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "plcfleet",
            Command = "dotnet",
            Arguments = [Path.Combine(AppContext.BaseDirectory, "plcfleet.dll"), "mcp", "--root", root ?? Path.GetTempPath()],
            StandardErrorLines = stderr.Enqueue,
        });
        return new PlcFleetMcpClient(await McpClient.CreateAsync(transport), stderr);
    }

    public async Task<(string Text, bool IsError)> CallAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments);
        var text = string.Join('\n', result.Content.OfType<TextContentBlock>().Select(c => c.Text));
        return (text, result.IsError == true);
    }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
