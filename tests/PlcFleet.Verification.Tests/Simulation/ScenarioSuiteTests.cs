using PlcFleet.Verification.Simulation;

namespace PlcFleet.Verification.Tests.Simulation;

public sealed class ScenarioSuiteTests
{
    [Fact]
    public void A_folder_of_sites_runs_every_file_names_each_result_with_its_site_and_reports_a_broken_file_as_failed()
    {
        using var fleet = new TempSite()
            .With("bremen/plcfleet.yaml", "dialect: codesys\n").With("bremen/src/PRG_Conveyor.st", ConveyorSite.Program)
            .With("bremen/tests/conveyor.scenario.yaml", ConveyorSite.Scenario)
            .With("lyon/plcfleet.yaml", "dialect: codesys\n").With("lyon/src/PRG_Conveyor.st", ConveyorSite.WithoutSealIn)
            .With("lyon/tests/conveyor.scenario.yaml", ConveyorSite.Scenario)
            .With("lyon/tests/broken.scenario.yaml", "program: PRG_Conveyor\nsteps: [\n");

        var run = ScenarioSuite.Run(SiteSimulator.OpenAll(fleet.Workspace, out _));

        Assert.Equal(3, run.FileCount);
        Assert.Equal(["bremen", "lyon", "lyon"], run.Results.Select(r => r.SiteName));
        Assert.True(run.Suite.Results[0].Passed);
        Assert.False(run.Suite.Results[1].Passed);
        Assert.False(run.Suite.Results[2].Passed);
        Assert.Equal("lyon", run.SiteOf(run.Suite.Results[2]));
    }

    [Fact]
    public void Only_runs_the_files_or_scenarios_whose_name_contains_the_text()
    {
        using var site = new TempSite().With("src/PRG_Conveyor.st", ConveyorSite.Program)
            .With("tests/conveyor.scenario.yaml", ConveyorSite.Scenario)
            .With("tests/other.scenario.yaml", ConveyorSite.Scenario.Replace("Start seals in", "Other check", StringComparison.Ordinal));
        var simulator = SiteSimulator.Open(site.Workspace, out _)!;

        Assert.Equal(2, ScenarioSuite.Run([simulator]).Suite.Results.Count);
        var byName = ScenarioSuite.Run([simulator], only: "SEALS");
        Assert.Equal(("Start seals in, e-stop drops the motor", 1), (Assert.Single(byName.Suite.Results).Scenario, byName.FileCount));
        Assert.Equal(0, ScenarioSuite.Run([simulator], only: "nothing like it").FileCount);
    }
}
