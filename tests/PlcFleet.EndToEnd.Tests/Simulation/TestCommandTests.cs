namespace PlcFleet.EndToEnd.Tests.Simulation;

/// <summary><c>plcfleet test</c> on real example sites: the scenarios pass, a planted bug is caught with expected/actual.</summary>
public sealed class TestCommandTests
{
    [Fact]
    public void Lyon_scenarios_pass_on_the_compiled_program()
    {
        using var temp = new TempFolder();
        var site = ExampleSite.CopyTo(temp, "lyon-l1", "lyon-l1");
        var result = CliRunner.Run(temp.Path, "test", site);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("scenarios: 6 passed, 0 failed", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Sevilla_SCL_scenarios_name_signals_by_direct_address()
    {
        using var temp = new TempFolder();
        var site = ExampleSite.CopyTo(temp, "sevilla-l3", "sevilla-l3");
        var result = CliRunner.Run(temp.Path, "test", site);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("scenarios: 3 passed, 0 failed", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_of_sites_runs_every_sites_scenarios_and_names_the_site_of_a_failure()
    {
        using var temp = new TempFolder();
        var lyon = ExampleSite.CopyTo(temp, "lyon-l1", Path.Combine("sites", "lyon-l1"));
        ExampleSite.CopyTo(temp, "sevilla-l3", Path.Combine("sites", "sevilla-l3"));
        ExampleSite.Replace(lyon, "src/PRG_Conveyor.st", "Jam_Detected := fbJam.Jam;", "Jam_Detected := fbJam.Jam AND Infeed_PE;");

        var result = CliRunner.Run(temp.Path, "test", "sites");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("scenarios: 8 passed, 1 failed", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("lyon-l1/tests/jam.scenario.yaml:", result.StdOut, StringComparison.Ordinal);
        Assert.StartsWith("site ", result.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"\nlyon-l1\s+FAIL\s+Infeed photo-eye blocked", result.StdOut);
        Assert.Matches(@"\nsevilla-l3\s+PASS\s+", result.StdOut);
    }

    [Fact]
    public void An_invariant_over_an_unknown_address_names_the_file_position_and_the_closest_signal()
    {
        using var temp = new TempFolder();
        var site = ExampleSite.CopyTo(temp, "sevilla-l3", "sevilla-l3");
        var scenario = Path.Combine(site, "tests", "start-estop.scenario.yaml");
        File.WriteAllText(scenario, File.ReadAllText(scenario).Replace("never: \"%Q0.0 AND NOT %I0.0\"", "never: \"%Q0.0 AND NOT %I7.0\"", StringComparison.Ordinal));
        var result = CliRunner.Run(temp.Path, "test", site);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("start-estop.scenario.yaml:37:27: invalid condition '%Q0.0 AND NOT %I7.0': Main has no signal at '%I7.0' (did you mean '%I0.0'?)", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planted_bug_fails_its_scenario_with_expected_and_actual()
    {
        using var temp = new TempFolder();
        var site = ExampleSite.CopyTo(temp, "lyon-l1", "lyon-l1");

        // The jam detector no longer latches: the scenario expects Jam_Detected to stay TRUE until reset.
        ExampleSite.Replace(site, "src/PRG_Conveyor.st", "Jam_Detected := fbJam.Jam;", "Jam_Detected := fbJam.Jam AND Infeed_PE;");
        var result = CliRunner.Run(temp.Path, "test", site);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("FAIL", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("jam.scenario.yaml", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("Jam_Detected", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_output_and_vcd_trace_are_written()
    {
        using var temp = new TempFolder();
        var site = ExampleSite.CopyTo(temp, "lyon-l1", "lyon-l1");
        var trace = Path.Combine(temp.Path, "run.vcd");
        var result = CliRunner.Run(temp.Path, "test", site, "--format", "junit", "--trace", trace, "--signals", "Infeed_Motor_K1,Conveyor_Motor_K2");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("<testsuite", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("$var", File.ReadAllText(trace), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_scenarios_is_a_usage_error()
    {
        using var temp = new TempFolder();
        temp.Write("src/Main.st", "PROGRAM PRG_Main\nVAR x : BOOL; END_VAR\nx := NOT x;\nEND_PROGRAM\n");
        var result = CliRunner.Run(temp.Path, "test", temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no *.scenario.yaml", result.StdErr, StringComparison.Ordinal);
    }
}
