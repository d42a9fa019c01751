using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Verification.Simulation;

/// <summary>The results of a <see cref="ScenarioSuite"/> run and how many scenario files it ran.</summary>
public sealed record ScenarioSuiteRun(IReadOnlyList<SiteScenarioResult> Results, int FileCount)
{
    public ScenarioSuiteResult Suite { get; } = new(Results.Select(r => r.Result).ToList());

    /// <summary>The site a result of <see cref="Suite"/> ran on.</summary>
    public string SiteOf(ScenarioResult result) => Results.First(r => ReferenceEquals(r.Result, result)).SiteName;
}
