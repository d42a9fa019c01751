namespace PlcFleet.Mcp.Tests;

/// <summary>
/// <c>simulate</c>, <c>safety_check</c> and <c>equiv</c> called over stdio on the Lyon case packer, each with a
/// change that keeps the machine's behaviour (the guard IF folded into one assignment) and one that does not.
/// </summary>
public sealed class SimulationAndSafetyToolTests : IDisposable
{
    private readonly LyonSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public async Task Simulate_passes_the_site_scenarios_in_one_line()
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("simulate", new() { ["folder"] = site.Root });

        Assert.Equal("simulate: OK (6 scenario(s) passed in 6 file(s); ", text[..text.IndexOf("PRG", StringComparison.Ordinal)]);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public async Task Simulate_names_the_failing_step_with_expected_and_actual_values()
    {
        site.Edit(LyonSite.MainProgram, LyonSite.StartWarning, LyonSite.StartWarning.Replace("T#500MS", "T#5S", StringComparison.Ordinal));
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("simulate", new() { ["folder"] = site.Root, ["scenario"] = "estop" });

        var lines = text.Split('\n');
        Assert.Equal("simulate: FAILED (1 of 1 scenario(s))", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("E-stop drops both contactors", StringComparison.Ordinal)
            && l.Contains("tests/estop.scenario.yaml:", StringComparison.Ordinal)
            && l.Contains("expected Infeed_Motor_K1 = TRUE at 1s, but it was FALSE", StringComparison.Ordinal));
        Assert.True(lines.Length <= 30);
    }

    [Fact]
    public async Task Simulate_of_a_folder_without_scenarios_says_it_did_not_run()
    {
        Directory.Delete(Path.Combine(site.Root, "tests"), recursive: true);
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("simulate", new() { ["folder"] = site.Root });

        Assert.StartsWith("simulate: NOT RUN (no *.scenario.yaml files under", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Safety_check_accepts_an_equivalent_guard_refactoring_against_the_last_commit()
    {
        site.Edit(LyonSite.MainProgram, LyonSite.GuardIf, "Guard_OK := GuardDoor_Ch1 AND GuardDoor_Ch2;");
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("safety_check", new() { ["workspace"] = site.Root });

        Assert.Equal("safety_check: OK (no safety finding against git HEAD)", text);
    }

    [Fact]
    public async Task Safety_check_reports_a_dropped_light_curtain_with_rule_and_line_and_asks_to_restore_it()
    {
        site.Edit(LyonSite.MainProgram, LyonSite.SafetyChain, "Safety_OK := EStop_OK AND Guard_OK;");
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("safety_check", new() { ["workspace"] = site.Root });

        var lines = text.Split('\n');
        Assert.StartsWith("safety_check: FAILED (", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("against git HEAD)", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("SAF002 src/PRG_Main.st:", StringComparison.Ordinal) && l.Contains("LightCurtain_OK = FALSE", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  why: ", StringComparison.Ordinal));
        Assert.Contains("Restore the safety logic as it is in git HEAD", text, StringComparison.Ordinal);
        Assert.True(lines.Length <= 30);
    }

    [Fact]
    public async Task Safety_check_compares_with_a_baseline_folder_when_given()
    {
        var before = site.CopyBeside("before");
        site.Edit(LyonSite.MainProgram, LyonSite.SafetyChain, "Safety_OK := EStop_OK AND Guard_OK;");
        LyonSite.Edit(before, LyonSite.MainProgram, LyonSite.SafetyChain, "Safety_OK := EStop_OK AND Guard_OK;");
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("safety_check", new() { ["workspace"] = site.Root, ["baseline"] = before });

        Assert.Equal($"safety_check: OK (no safety finding against {before})", text);
    }

    [Fact]
    public async Task Equiv_finds_no_difference_after_the_guard_refactoring()
    {
        site.Edit(LyonSite.MainProgram, LyonSite.GuardIf, "Guard_OK := GuardDoor_Ch1 AND GuardDoor_Ch2;");
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("equiv", new() { ["after"] = site.Root, ["program"] = "PRG_Main", ["seed"] = 7, ["traces"] = 20 });

        Assert.StartsWith("equiv: EQUIVALENT (PRG_Main: ", text, StringComparison.Ordinal);
        Assert.EndsWith("seed 7)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Equiv_gives_the_first_divergent_cycle_and_a_shrunk_trace_for_a_longer_start_warning()
    {
        var before = site.CopyBeside("before");
        site.Edit(LyonSite.MainProgram, LyonSite.StartWarning, LyonSite.StartWarning.Replace("T#500MS", "T#5S", StringComparison.Ordinal));
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("equiv", new() { ["before"] = before, ["after"] = site.Root, ["program"] = "PRG_Main", ["seed"] = 7, ["traces"] = 20 });

        var lines = text.Split('\n');
        Assert.Equal("equiv: NOT EQUIVALENT (PRG_Main, seed 7; pass this seed to replay)", lines[0]);
        Assert.Matches(@"^\w+ differs at cycle \d+ \(\d+m?s\): before TRUE, after FALSE$", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("minimal input trace (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("replayed (last ", StringComparison.Ordinal));
        Assert.Equal(30, lines.Length);
    }

    [Fact]
    public async Task Equiv_outside_a_git_repository_without_a_before_folder_says_what_to_give()
    {
        var loose = site.CopyBeside("loose");
        await using var mcp = await PlcFleetMcpClient.StartAsync();

        var (text, _) = await mcp.CallAsync("equiv", new() { ["after"] = loose });

        Assert.StartsWith("equiv: NOT RUN (", text, StringComparison.Ordinal);
        Assert.Contains("give a baseline folder instead", text, StringComparison.Ordinal);
    }
}
