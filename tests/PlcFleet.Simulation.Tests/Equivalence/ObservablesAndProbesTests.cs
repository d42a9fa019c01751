using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Tests.Compilation;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Tests.Equivalence;

/// <summary>
/// What the random search compares and where it looks: globals an HMI reads, RETAIN across a warm restart, exact
/// boundaries at the literals of the code, raw analog values.
/// </summary>
public sealed class ObservablesAndProbesTests
{
    private const string Globals = """
        VAR_GLOBAL
            bHmiTankFull : BOOL;
        END_VAR
        """;

    private const string TankAlarm = """
        PROGRAM PRG_Tank
        VAR_INPUT
            iLevelRaw : INT;
        END_VAR
        bHmiTankFull := iLevelRaw > 25000;
        END_PROGRAM
        """;

    [Fact]
    public void A_global_status_bit_without_an_address_is_compared()
    {
        var after = TankAlarm.Replace("bHmiTankFull := iLevelRaw > 25000", "bHmiTankFull := NOT (iLevelRaw > 25000)", StringComparison.Ordinal);
        var result = EquivalenceChecker.Check(Create(TankAlarm, Globals), Create(after, Globals), new EquivalenceOptions { Seed = 1, RandomTraces = 5 });
        Assert.Contains("bHmiTankFull", result.ComparedSignals);
        Assert.Equal("bHmiTankFull", result.Counterexample?.Divergence.Signal);
    }

    [Fact]
    public void An_exact_boundary_is_hit_through_the_literals_of_the_code()
    {
        var after = TankAlarm.Replace("> 25000", ">= 25000", StringComparison.Ordinal);
        var probes = ProbeValues.Find([SyntaxTree.Parse(TankAlarm)]);
        Assert.Contains(25000.0, probes);
        Assert.Contains(25001.0, probes);
        var result = EquivalenceChecker.Check(Create(TankAlarm, Globals), Create(after, Globals),
            new EquivalenceOptions { Seed = 3, RandomTraces = 200, ProbeValues = probes });
        Assert.Equal("iLevelRaw := 25000", result.Counterexample?.Shrunk.Segments.SelectMany(s => s.Changes).Select(c => $"{c.Key} := {c.Value}").Single());
    }

    [Fact]
    public void Raw_analog_full_scale_is_tried_without_any_literal()
    {
        const string Scaling = """
            PROGRAM PRG_Scale
            VAR_INPUT
                iRaw : INT;
            END_VAR
            VAR_OUTPUT
                bOverrange : BOOL;
            END_VAR
            bOverrange := iRaw > 27648;
            END_PROGRAM
            """;
        var after = Scaling.Replace("iRaw > 27648", "FALSE", StringComparison.Ordinal);
        var result = EquivalenceChecker.Check(Create(Scaling), Create(after), new EquivalenceOptions { Seed = 5, RandomTraces = 100, AnalogRanges = true });
        Assert.Equal("bOverrange", result.Counterexample?.Divergence.Signal);
    }

    [Fact]
    public void Removing_RETAIN_from_a_part_counter_shows_after_a_warm_restart()
    {
        const string Counter = """
            PROGRAM PRG_Count
            VAR_INPUT
                xPart : BOOL;
            END_VAR
            VAR_OUTPUT
                iParts : INT;
            END_VAR
            VAR RETAIN
                iTotal : INT;
            END_VAR
            VAR
                rtPart : R_TRIG;
            END_VAR
            rtPart(CLK := xPart);
            IF rtPart.Q THEN
                iTotal := iTotal + 1;
            END_IF;
            iParts := iTotal;
            END_PROGRAM
            """;
        var after = Counter.Replace("VAR RETAIN", "VAR", StringComparison.Ordinal);
        var result = EquivalenceChecker.Check(Create(Counter), Create(after), new EquivalenceOptions { Seed = 7, RandomTraces = 50, WarmRestarts = true });
        Assert.NotNull(result.Counterexample);
        Assert.Contains(result.Counterexample!.Shrunk.Segments, s => s.WarmRestart);
        Assert.Contains("warm restart", result.ToText(), StringComparison.Ordinal);

        var same = EquivalenceChecker.Check(Create(Counter), Create(Counter), new EquivalenceOptions { Seed = 7, RandomTraces = 50, WarmRestarts = true });
        Assert.True(same.IsEquivalent, same.ToText());
    }

    private static Func<StProgramInstance> Create(string source, params string[] files)
    {
        var program = CompiledProgramFactory.Compile(source, files).Program!;
        return program.CreateInstance;
    }
}
