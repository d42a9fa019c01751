namespace PlcFleet.EndToEnd.Tests.Simulation;

/// <summary><c>plcfleet equiv</c>: a pure refactoring is equivalent; a behaviour change is found with a shrunk trace.</summary>
public sealed class EquivCommandTests
{
    [Fact]
    public void Renamed_local_and_if_chain_rewritten_as_case_are_equivalent()
    {
        using var temp = new TempFolder();
        var before = ExampleSite.CopyTo(temp, "lyon-l1", "before");
        var after = ExampleSite.CopyTo(temp, "lyon-l1", "after");
        ExampleSite.Replace(after, "src/PRG_Main.st", "rtStart", "rtStartButton");
        ExampleSite.Replace(after, "src/PRG_Conveyor.st", """
            IF Conveyor_Motor_K2 THEN
                Conveyor_SpeedRef := REAL_TO_INT(Speed_Setpoint * 276.48);   // 100 % = 27648 (VFD analog scaling)
            ELSE
                Conveyor_SpeedRef := 0;
            END_IF;
            """.ReplaceLineEndings("\n"), """
            CASE BOOL_TO_INT(Conveyor_Motor_K2) OF
                1: Conveyor_SpeedRef := REAL_TO_INT(Speed_Setpoint * 276.48);
            ELSE
                Conveyor_SpeedRef := 0;
            END_CASE;
            """.ReplaceLineEndings("\n"));
        var result = CliRunner.Run(temp.Path, "equiv", before, after, "--seed", "7", "--traces", "30", "--random-only");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("seed 7", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT EQUIVALENT", result.StdOut, StringComparison.Ordinal);

        // The conveyor scales a REAL setpoint; REAL is IEEE floating point in the symbolic model, so the rewrite is proven.
        var symbolic = CliRunner.Run(temp.Path, "equiv", before, after, "--program", "PRG_Conveyor", "--seed", "7", "--traces", "30");
        Assert.True(symbolic.ExitCode == 0, symbolic.ToString());
        Assert.Contains("symbolic: PROVEN EQUIVALENT", symbolic.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lubrication_timer_moved_from_10_to_11_minutes_is_found_symbolically_and_written_as_a_scenario()
    {
        using var temp = new TempFolder();
        var before = Path.Combine(temp.Path, "before");
        var after = Path.Combine(temp.Path, "after");
        const string Program = """
            PROGRAM PRG_Lube
            VAR_INPUT
                xBeltRunning : BOOL;
            END_VAR
            VAR_OUTPUT
                xLubePump : BOOL;
            END_VAR
            VAR
                tonLube : TON;
            END_VAR
            tonLube(IN := xBeltRunning, PT := T#10M);
            xLubePump := tonLube.Q;
            END_PROGRAM
            """;
        Directory.CreateDirectory(Path.Combine(before, "src"));
        Directory.CreateDirectory(Path.Combine(after, "src"));
        File.WriteAllText(Path.Combine(before, "src", "PRG_Lube.st"), Program);
        File.WriteAllText(Path.Combine(after, "src", "PRG_Lube.st"), Program.Replace("T#10M", "T#11M", StringComparison.Ordinal));
        var scenario = Path.Combine(temp.Path, "lube.scenario.yaml");

        var result = CliRunner.Run(temp.Path, "equiv", before, after, "--seed", "1", "--budget", "20s", "--write-scenario", scenario);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("symbolic: DIFFERS", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("xLubePump differs at cycle 60000", result.StdOut, StringComparison.Ordinal);

        // The written scenario passes on the program as it was and fails on the changed one.
        Directory.CreateDirectory(Path.Combine(before, "tests"));
        Directory.CreateDirectory(Path.Combine(after, "tests"));
        File.Copy(scenario, Path.Combine(before, "tests", "lube.scenario.yaml"));
        File.Copy(scenario, Path.Combine(after, "tests", "lube.scenario.yaml"));
        Assert.True(CliRunner.Run(temp.Path, "test", before).ExitCode == 0, CliRunner.Run(temp.Path, "test", before).ToString());
        Assert.Equal(1, CliRunner.Run(temp.Path, "test", after).ExitCode);
    }

    [Fact]
    public void Motor_restarting_without_a_start_edge_is_found_with_the_default_budget()
    {
        using var temp = new TempFolder();
        var before = ExampleSite.CopyTo(temp, "lyon-l1", "before");
        var after = ExampleSite.CopyTo(temp, "lyon-l1", "after");
        ExampleSite.Replace(after, "src/PRG_Main.st", "IF rtStart.Q AND NOT Reset_Required", "IF Start_PB AND NOT Reset_Required");
        var result = CliRunner.Run(temp.Path, "equiv", before, after, "--program", "PRG_Main", "--seed", "7");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("NOT EQUIVALENT", result.StdOut, StringComparison.Ordinal);
        // The infeed motor, or first the start-warning horn request (a global the HMI and PRG_Alarms read).
        Assert.Matches("(Infeed_Motor_K1|Start_Warning) differs at cycle", result.StdOut);
        Assert.Contains("minimal input trace", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("traces/s", result.StdOut, StringComparison.Ordinal);

        // Only the scans where before and after differ are listed; the identical ones are counted.
        var summary = System.Text.RegularExpressions.Regex.Match(result.StdOut, @"replayed (\d+) scan\(s\): (\d+) with a before/after difference shown, (\d+) identical not shown");
        Assert.True(summary.Success, result.StdOut);
        var shown = int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(shown, 1, 3);
        var rows = result.StdOut.Split('\n').SkipWhile(l => !l.Contains("identical not shown", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\d+\s")).ToList();
        Assert.Equal(shown, rows.Count);
    }
}
