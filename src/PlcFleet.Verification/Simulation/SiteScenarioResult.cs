using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Verification.Simulation;

/// <summary>One scenario's result and the site it ran on.</summary>
public sealed record SiteScenarioResult(SiteSimulator Site, ScenarioResult Result)
{
    /// <summary>The site's folder name, as reports over several sites show it.</summary>
    public string SiteName => Path.GetFileName(Site.Root);
}
