using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Tests.Compilation;

namespace PlcFleet.Simulation.Tests.Scenarios;

/// <summary>A <c>restart: warm</c> step keeps RETAIN variables (the part counter) and resets the others (the latch).</summary>
public sealed class WarmRestartScenarioTests
{
    private const string Counter = """
        PROGRAM PRG_Packer
        VAR_INPUT
            Part_Sensor : BOOL;
            Reset_PB    : BOOL;
        END_VAR
        VAR_OUTPUT
            Parts_Total : DINT;
            Batch_Full  : BOOL;
        END_VAR
        VAR RETAIN
            Total : DINT;
        END_VAR
        VAR
            Batch : INT;
            rtPart : R_TRIG;
        END_VAR
        rtPart(CLK := Part_Sensor);
        IF rtPart.Q THEN
            Total := Total + 1;
            Batch := Batch + 1;
        END_IF;
        IF Reset_PB THEN
            Batch := 0;
        END_IF;
        Parts_Total := Total;
        Batch_Full := Batch >= 2;
        END_PROGRAM
        """;

    private static ScenarioResult Run(string yaml)
    {
        var file = ScenarioParser.Parse(yaml, "packer.scenario.yaml");
        Assert.False(file.HasErrors, string.Join(Environment.NewLine, file.Diagnostics));
        return ScenarioRunner.Run(Assert.Single(file.Scenarios), CompiledProgramFactory.Instance(Counter));
    }

    [Fact]
    public void A_warm_restart_keeps_RETAIN_variables_and_resets_the_others()
    {
        var result = Run("""
            scenario: Power dip during a batch
            program: PRG_Packer
            steps:
              - at: 20ms
                set: { Part_Sensor: TRUE }
              - at: 40ms
                set: { Part_Sensor: FALSE }
              - at: 60ms
                set: { Part_Sensor: TRUE }
              - at: 80ms
                set: { Part_Sensor: FALSE }
                expect: { Parts_Total: 2, Batch_Full: TRUE, Batch: 2 }
              - at: 100ms
                restart: warm
              - at: 100ms
                expect: { Parts_Total: 2, Batch_Full: FALSE, Batch: 0 }
            invariants:
              - always: "Parts_Total >= Total - 1 AND Parts_Total <= DINT#2"
            duration: 200ms
            """);
        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Failures));
    }

    [Fact]
    public void The_field_inputs_stay_as_they_were_across_the_restart()
    {
        // Part_Sensor is still TRUE after the restart: the PLC reads it again, and the fresh R_TRIG sees a rising edge.
        var result = Run("""
            scenario: Sensor still covered after the restart
            program: PRG_Packer
            steps:
              - at: 20ms
                set: { Part_Sensor: TRUE }
              - at: 100ms
                restart: warm
              - at: 100ms
                expect: { Parts_Total: 2 }
            """);
        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Failures));
    }

    [Fact]
    public void Only_a_warm_restart_can_be_asked_for()
    {
        var file = ScenarioParser.Parse("""
            scenario: Cold start
            program: PRG_Packer
            steps:
              - at: 100ms
                restart: cold
            """, "packer.scenario.yaml");
        var error = Assert.Single(file.Diagnostics);
        Assert.Equal("packer.scenario.yaml:5:14: error SIM1005: restart: 'cold' is not supported; use 'warm' (RETAIN variables keep their values, the others restart)", error.ToString());
    }
}
