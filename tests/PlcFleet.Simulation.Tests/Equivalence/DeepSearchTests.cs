using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Tests.Compilation;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Tests.Equivalence;

/// <summary>
/// The default search must reach deep states: a press that only shows a restart bug after a 3 s start warning, and
/// a pure refactoring of the same program that must pass.
/// </summary>
public sealed class DeepSearchTests
{
    private const string Press = """
        PROGRAM PRG_Press
        VAR_INPUT
            EStop_OK     : BOOL;
            Guard_Closed : BOOL;
            Reset_PB     : BOOL;
            Start_PB     : BOOL;
            Stop_PB      : BOOL;
        END_VAR
        VAR_OUTPUT
            Press_Run : BOOL;
        END_VAR
        VAR
            Reset_Required : BOOL := TRUE;
            State          : INT;
            rtReset        : R_TRIG;
            rtStart        : R_TRIG;
            tonWarn        : TON;
        END_VAR
        rtReset(CLK := Reset_PB);
        rtStart(CLK := Start_PB);
        IF NOT (EStop_OK AND Guard_Closed) THEN
            Reset_Required := TRUE;
            State := 0;
        ELSIF rtReset.Q THEN
            Reset_Required := FALSE;
        END_IF;
        IF State = 0 THEN
            IF rtStart.Q AND NOT Reset_Required THEN
                State := 10;
            END_IF;
        ELSIF State = 10 THEN
            IF Stop_PB THEN
                State := 0;
            ELSIF tonWarn.Q THEN
                State := 20;
            END_IF;
        ELSIF State = 20 THEN
            IF Stop_PB THEN
                State := 0;
            END_IF;
        END_IF;
        tonWarn(IN := State = 10, PT := T#3S);
        Press_Run := State = 20;
        END_PROGRAM
        """;

    // The planted bug: the latch re-arms while Reset_PB is merely held, without an operator's reset edge after the
    // e-stop. Only visible at Press_Run, 3 s after a start, so a shallow search does not see it.
    private static readonly string PressRearmsWithoutResetEdge = Press.Replace("ELSIF rtReset.Q THEN", "ELSIF Reset_PB THEN", StringComparison.Ordinal);

    // Pure refactoring: locals renamed, independent statements swapped, the IF chain as a CASE.
    private const string PressRefactored = """
        PROGRAM PRG_Press
        VAR_INPUT
            EStop_OK     : BOOL;
            Guard_Closed : BOOL;
            Reset_PB     : BOOL;
            Start_PB     : BOOL;
            Stop_PB      : BOOL;
        END_VAR
        VAR_OUTPUT
            Press_Run : BOOL;
        END_VAR
        VAR
            NeedsReset : BOOL := TRUE;
            Step       : INT;
            StartEdge  : R_TRIG;
            ResetEdge  : R_TRIG;
            WarnTimer  : TON;
        END_VAR
        StartEdge(CLK := Start_PB);
        ResetEdge(CLK := Reset_PB);
        IF NOT (EStop_OK AND Guard_Closed) THEN
            Step := 0;
            NeedsReset := TRUE;
        ELSIF ResetEdge.Q THEN
            NeedsReset := FALSE;
        END_IF;
        CASE Step OF
            0:
                IF StartEdge.Q AND NOT NeedsReset THEN
                    Step := 10;
                END_IF;
            10:
                IF Stop_PB THEN
                    Step := 0;
                ELSIF WarnTimer.Q THEN
                    Step := 20;
                END_IF;
            20:
                IF Stop_PB THEN
                    Step := 0;
                END_IF;
        END_CASE;
        WarnTimer(IN := Step = 10, PT := T#3S);
        Press_Run := Step = 20;
        END_PROGRAM
        """;

    private static readonly IReadOnlyList<TimeSpan> Presets = TimerPresets.Find([SyntaxTree.Parse(Press)]);

    private static Func<StProgramInstance> Create(string source)
    {
        var program = CompiledProgramFactory.Compile(source).Program!;
        return program.CreateInstance;
    }

    [Fact]
    public void Timer_presets_are_read_from_the_source()
    {
        Assert.Equal([TimeSpan.FromSeconds(3)], Presets);
    }

    [Fact]
    public void The_old_shallow_search_misses_the_planted_restart_bug()
    {
        // 50 traces of 500 scans with holds of at most 50 scans: the start warning never completes after a re-arm.
        var options = new EquivalenceOptions { Seed = 7, RandomTraces = 50 };
        var result = EquivalenceChecker.Check(Create(Press), Create(PressRearmsWithoutResetEdge), options);
        Assert.True(result.IsEquivalent, result.ToText());
    }

    [Fact]
    public void The_default_search_finds_the_planted_restart_bug()
    {
        // The default search with the time budget lifted: whether it finds the bug depends on the seed and the trace
        // generator, never on how busy the machine is. How long it takes is measured by the benchmark, not here.
        var options = new EquivalenceOptions { Seed = 7, TimerPresets = Presets, TimeBudget = TimeSpan.FromMinutes(2) };
        var result = EquivalenceChecker.Check(Create(Press), Create(PressRearmsWithoutResetEdge), options);
        Assert.False(result.IsEquivalent, result.ToText());
        Assert.Equal("Press_Run", result.Counterexample!.Divergence.Signal);
        Assert.True(result.TracesRun <= 40, result.SearchSummary()); // 26 with this seed and generator: a fraction of a second

        // The minimal trace holds the start warning for its full 3 s.
        Assert.True(result.Counterexample.Shrunk.TotalCycles >= 300, result.ToText());
    }

    [Fact]
    public void Without_a_trace_count_the_search_runs_until_its_budget()
    {
        var options = new EquivalenceOptions { Seed = 3, TimerPresets = Presets, TimeBudget = TimeSpan.FromMilliseconds(300) };
        var result = EquivalenceChecker.Check(Create(Press), Create(Press), options);
        Assert.True(result.IsEquivalent, result.ToText());
        Assert.True(result.BudgetExhausted);
        Assert.True(result.TracesRun > 0);
        Assert.Contains("traces/s", result.SearchSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pure_refactoring_passes_a_deep_search()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["State"] = "Step", ["Reset_Required"] = "NeedsReset" };
        // A fixed number of traces instead of the 5 s budget, so how deep it searched does not depend on machine load.
        var options = new EquivalenceOptions
        {
            Seed = 11, TimerPresets = Presets, SignalMap = map, CompareInternals = ["State", "Reset_Required"], RandomTraces = 200, TimeBudget = TimeSpan.FromMinutes(2),
        };
        var result = EquivalenceChecker.Check(Create(Press), Create(PressRefactored), options);
        Assert.True(result.IsEquivalent, result.ToText());
        Assert.Equal(["Press_Run", "State", "Reset_Required"], result.ComparedSignals);
        Assert.True(result.CyclesRun > 100_000, result.ToText());
    }
}
