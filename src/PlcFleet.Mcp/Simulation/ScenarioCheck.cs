using System.Globalization;
using PlcFleet.Mcp.Answers;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Mcp.Simulation;

/// <summary>
/// Runs a site's scenario tests on the simulated PLC and answers in the agent's shape: one line when every scenario
/// passes, else one line per failure with the scenario, its file:line:col and what was expected and seen.
/// </summary>
public static class ScenarioCheck
{
    public static ToolAnswer Run(string folder, string? only = null)
    {
        var site = SiteSimulator.Open(folder, out var error);
        if (site is null)
        {
            return ToolAnswer.Failure($"simulate: NOT RUN ({error})");
        }

        var run = ScenarioSuite.Run([site], only);
        if (run.FileCount == 0)
        {
            return ToolAnswer.Failure(only is null
                ? $"simulate: NOT RUN (no *.scenario.yaml files under '{folder}')"
                : $"simulate: NOT RUN (no scenario file or scenario named like '{only}' under '{folder}')");
        }

        var suite = run.Suite;
        var results = suite.Results;
        var cycles = results.Sum(r => r.CyclesRun).ToString("N0", CultureInfo.InvariantCulture);
        if (suite.Passed)
        {
            var programs = string.Join(", ", results.Select(r => r.Program).Distinct(StringComparer.OrdinalIgnoreCase));
            return ToolAnswer.Passed($"simulate: OK ({suite.PassedCount} scenario(s) passed in {run.FileCount} file(s); {programs}; {cycles} cycles)");
        }

        var details = results.Where(r => !r.Passed)
            .SelectMany(r => r.Failures.Select(f => $"{r.Scenario}: {f.Location}: {f.Message.ReplaceLineEndings(" ")}"))
            .ToList();
        return ToolAnswer.Failure(AgentAnswer.Compose($"simulate: FAILED ({suite.FailedCount} of {results.Count} scenario(s))", details));
    }
}
