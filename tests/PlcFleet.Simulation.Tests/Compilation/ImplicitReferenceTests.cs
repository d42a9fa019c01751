using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>CODESYS REFERENCE TO without '^': reads, writes and conditions go to the referenced variable.</summary>
public sealed class ImplicitReferenceTests
{
    [Fact]
    public void A_reference_reads_and_writes_the_variable_it_refers_to_without_a_caret()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Oven
            VAR_INPUT bUseZone2 : BOOL; bBoost : BOOL; END_VAR
            VAR_OUTPUT nZone1 : INT := 180; nZone2 : INT := 220; nSelected : INT; bHot : BOOL; END_VAR
            VAR rSetpoint : REFERENCE TO INT; rBoost : REFERENCE TO BOOL; END_VAR
            IF bUseZone2 THEN
                rSetpoint REF= nZone2;
            ELSE
                rSetpoint REF= nZone1;
            END_IF;
            rBoost REF= bBoost;
            nSelected := rSetpoint;
            IF rBoost THEN
                rSetpoint := rSetpoint + 10;
            END_IF;
            bHot := rSetpoint > 200 AND NOT rBoost;
            END_PROGRAM
            """));

        plc.Scan();
        Assert.Equal((180, 180, 220, false), (plc.Integer("nSelected"), plc.Integer("nZone1"), plc.Integer("nZone2"), plc.Bool("bHot")));
        plc.Set("bUseZone2", true).Set("bBoost", true).Scan();
        Assert.Equal((220, 180, 230), (plc.Integer("nSelected"), plc.Integer("nZone1"), plc.Integer("nZone2")));
        plc.Set("bBoost", false).Scan();
        Assert.True(plc.Bool("bHot"));
    }

    [Fact]
    public void A_reference_to_a_struct_copies_the_struct_on_assignment()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            TYPE ST_Recipe : STRUCT nTemp : INT; tDwell : TIME; END_STRUCT END_TYPE
            PROGRAM PRG_Recipe
            VAR_INPUT nNewTemp : INT; END_VAR
            VAR_OUTPUT nActiveTemp : INT; nEditTemp : INT; END_VAR
            VAR stActive : ST_Recipe; stEdit : ST_Recipe; rEdit : REFERENCE TO ST_Recipe; END_VAR
            rEdit REF= stEdit;
            rEdit.nTemp := nNewTemp;
            stActive := rEdit;
            rEdit.nTemp := rEdit.nTemp + 1;
            nActiveTemp := stActive.nTemp;
            nEditTemp := stEdit.nTemp;
            END_PROGRAM
            """));

        plc.Set("nNewTemp", 150, PlcType.Int).Scan();
        Assert.Equal((150, 151), (plc.Integer("nActiveTemp"), plc.Integer("nEditTemp")));
    }
}
