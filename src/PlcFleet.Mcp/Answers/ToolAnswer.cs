using ModelContextProtocol.Protocol;

namespace PlcFleet.Mcp.Answers;

/// <summary>
/// A tool's answer and whether it reports a failure (errors, findings, a check that could not run). MCP clients see a
/// failure as <c>isError: true</c>, so an agent cannot mistake "verify: FAILED" for success by skimming.
/// </summary>
public sealed record ToolAnswer(string Text, bool Failed)
{
    public static ToolAnswer Passed(string text) => new(text, false);

    public static ToolAnswer Failure(string text) => new(text, true);

    public CallToolResult ToResult() => new() { Content = [new TextContentBlock { Text = Text }], IsError = Failed };
}
