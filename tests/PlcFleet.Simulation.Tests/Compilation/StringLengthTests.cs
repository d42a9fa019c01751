namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>A STRING(n) never holds more than n characters, whatever is assigned, passed or initialised into it.</summary>
public sealed class StringLengthTests
{
    [Fact]
    public void An_alarm_text_longer_than_its_string_is_cut_at_the_declared_length()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Alarms
            VAR_INPUT
                bGuardOpen : BOOL;
            END_VAR
            VAR_OUTPUT
                sHmiLine : STRING(16);
                sCode : STRING(3);
                sFull : STRING;
            END_VAR
            VAR
                sStation : STRING(10) := 'Palletizer 2';
            END_VAR
            IF bGuardOpen THEN
                sHmiLine := CONCAT(sStation, ': guard door open');
                sFull := CONCAT(sStation, ': guard door open');
                sCode := 'E4711';
            END_IF
            END_PROGRAM
            """);

        plc.Set("bGuardOpen", PlcFleet.Simulation.Values.PlcValue.FromBool(true));
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));

        Assert.Equal("Palletizer: guar", plc.Get("sHmiLine").AsString);
        Assert.Equal("Palletizer: guard door open", plc.Get("sFull").AsString);
        Assert.Equal("E47", plc.Get("sCode").AsString);
    }

    [Fact]
    public void A_function_parameter_and_a_block_output_keep_their_own_lengths()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Batch
            VAR_OUTPUT
                sLabel : STRING(40);
                sShort : STRING(4);
            END_VAR
            sLabel := FC_Label('BATCH-2026-11-23-0042');
            sShort := FC_Label('BATCH-2026-11-23-0042');
            END_PROGRAM

            FUNCTION FC_Label : STRING(12)
            VAR_INPUT
                sBatch : STRING(8);
            END_VAR
            FC_Label := CONCAT('#', sBatch);
            END_FUNCTION
            """);

        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));

        Assert.Equal("#BATCH-20", plc.Get("sLabel").AsString);
        Assert.Equal("#BAT", plc.Get("sShort").AsString);
    }
}
