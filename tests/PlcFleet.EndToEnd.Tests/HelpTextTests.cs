using System.Reflection;
using ModelContextProtocol.Server;
using PlcFleet.Mcp;

namespace PlcFleet.EndToEnd.Tests;

/// <summary>Help that matches what the commands do, and a suggestion for a mistyped command.</summary>
public sealed class HelpTextTests
{
    [Fact]
    public void Mcp_help_names_every_tool_the_server_offers()
    {
        var tools = typeof(PlcFleetMcpServer).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<McpServerToolAttribute>()?.Name)
            .OfType<string>()
            .ToList();
        Assert.Equal(5, tools.Count);

        var help = CliRunner.Run(Directory.GetCurrentDirectory(), "mcp", "--help");

        Assert.All(tools, tool => Assert.Contains(tool, help.StdOut, StringComparison.Ordinal));
    }

    [Fact]
    public void Cr_help_names_approve_and_reject()
    {
        var help = CliRunner.Run(Directory.GetCurrentDirectory(), "--help");

        Assert.Matches(@"cr\s+Change requests: list, show, approve, reject", help.StdOut);
    }

    [Theory]
    [InlineData(new[] { "chek", "x.st" }, "did you mean 'plcfleet check'?")]
    [InlineData(new[] { "rollout", "stauts" }, "did you mean 'plcfleet rollout status'?")]
    [InlineData(new[] { "migration", "plan", "m.md", "--flet", "fleet.yaml" }, "did you mean 'plcfleet migration plan --fleet'?")]
    public void A_mistyped_command_or_option_gets_a_suggestion(string[] args, string suggestion)
    {
        var result = CliRunner.Run(Directory.GetCurrentDirectory(), args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(suggestion, result.StdErr, StringComparison.Ordinal);
    }
}
