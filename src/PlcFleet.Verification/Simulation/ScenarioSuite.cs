using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Verification.Simulation;

/// <summary>
/// The one way a site's scenario tests are run, for <c>plcfleet test</c>, the simulation verifier and the MCP
/// <c>simulate</c> tool: every scenario file of every site in path order, a file that does not parse reported as its
/// parse errors (a test that did not run has not passed), each result named with its site.
/// </summary>
public static class ScenarioSuite
{
    /// <param name="sites">The sites to test, in report order.</param>
    /// <param name="only">Runs only the files whose path, or the scenarios whose name, contains this text (any case).</param>
    /// <param name="runScenario">How one scenario runs (default: <see cref="SiteSimulator.Run"/>); <c>plcfleet test</c> adds a waveform trace.</param>
    public static ScenarioSuiteRun Run(
        IReadOnlyList<SiteSimulator> sites,
        string? only = null,
        Func<SiteSimulator, Scenario, ScenarioResult>? runScenario = null,
        CancellationToken cancellationToken = default)
    {
        var run = runScenario ?? ((site, scenario) => site.Run(scenario));
        var results = new List<SiteScenarioResult>();
        var files = 0;
        foreach (var site in sites)
        {
            foreach (var file in site.ScenarioFiles)
            {
                var fileMatches = only is null || file.Source.Path.Contains(only, StringComparison.OrdinalIgnoreCase);
                if (!fileMatches && !file.Scenarios.Any(s => Named(s, only!)))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                files++;
                var fileResults = file.HasErrors
                    ? ScenarioRunner.RunFile(file, _ => null).Results
                    : file.Scenarios.Where(s => fileMatches || Named(s, only!)).Select(s => run(site, s)).ToList();
                results.AddRange(fileResults.Select(r => new SiteScenarioResult(site, r)));
            }
        }

        return new ScenarioSuiteRun(results, files);
    }

    private static bool Named(Scenario scenario, string name) => scenario.Name.Contains(name, StringComparison.OrdinalIgnoreCase);
}
