using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PlcFleet.Mcp.Answers;
using PlcFleet.Mcp.Simulation;

namespace PlcFleet.Mcp.Tools;

[McpServerToolType]
public sealed class SimulateTool
{
    [McpServerTool(Name = "simulate", ReadOnly = true, Idempotent = true)]
    [Description("Run the site's scenario tests (*.scenario.yaml: inputs set over time, expected outputs, invariants) on a simulated PLC " +
        "executing the Structured Text scan cycle by scan cycle on virtual time. " +
        "Returns 'simulate: OK (...)' or 'simulate: FAILED (...)' with one 'scenario: file:line:col: step N: expected SIGNAL = VALUE ..., but it was ...' line per failure. " +
        "A failing scenario means the code's behaviour is wrong: fix the code, never the scenario file.")]
    public static CallToolResult Simulate(
        McpRoot root,
        [Description("The site folder: its PLC code and its *.scenario.yaml files (absolute path).")] string folder,
        [Description("Optional: run only the scenario files whose path contains this text, or the scenarios whose name contains it.")] string? scenario = null) =>
        (root.Resolve(folder, out var refusal) is { } full
            ? ScenarioCheck.Run(full, string.IsNullOrWhiteSpace(scenario) ? null : scenario)
            : ToolAnswer.Failure($"simulate: NOT RUN (refused: {refusal})")).ToResult();
}
