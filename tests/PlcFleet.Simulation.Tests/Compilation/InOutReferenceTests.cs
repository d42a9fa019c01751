namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>
/// VAR_IN_OUT is a reference on the PLC: a write inside the block is the caller's variable at once, so code that reads
/// the same global during the call (a method, another block) already sees it, and passing one variable twice aliases.
/// </summary>
public sealed class InOutReferenceTests
{
    private const string Globals = """
        VAR_GLOBAL
            gnRejects : INT;
        END_VAR
        """;

    private const string RejectCounter = """
        FUNCTION_BLOCK FB_RejectCounter
        VAR_INPUT bReject : BOOL; END_VAR
        VAR_IN_OUT nCount : INT; END_VAR
        VAR_OUTPUT nSeenDuringCall : INT; END_VAR

        METHOD ReadRejects : INT
        ReadRejects := gnRejects;
        END_METHOD

        IF bReject THEN
            nCount := nCount + 1;
            nSeenDuringCall := ReadRejects();
        END_IF;
        END_FUNCTION_BLOCK
        """;

    [Fact]
    public void A_method_reading_the_global_during_the_call_sees_the_increment()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Reject
            VAR_INPUT bReject : BOOL; END_VAR
            VAR_OUTPUT nSeen : INT; nRejects : INT; END_VAR
            VAR fbCounter : FB_RejectCounter; END_VAR
            fbCounter(bReject := bReject, nCount := gnRejects);
            nSeen := fbCounter.nSeenDuringCall;
            nRejects := gnRejects;
            END_PROGRAM
            """, Globals, RejectCounter)).Set("bReject", true).Scan();
        Assert.Equal(1, plc.Integer("nRejects"));
        Assert.Equal(1, plc.Integer("nSeen")); // a copy-in/copy-out simulator would show 0 here
        plc.Scan();
        Assert.Equal(2, plc.Integer("nSeen"));
    }

    [Fact]
    public void The_same_variable_passed_twice_is_one_variable()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Swap
            VAR_OUTPUT nResult : INT; END_VAR
            VAR nPieces : INT := 5; END_VAR
            AddTwice(nA := nPieces, nB := nPieces);
            nResult := nPieces;
            END_PROGRAM
            """, """
            FUNCTION AddTwice : BOOL
            VAR_IN_OUT nA : INT; nB : INT; END_VAR
            nA := nA + 1;
            nB := nB + 10;
            AddTwice := TRUE;
            END_FUNCTION
            """)).Scan();
        Assert.Equal(16, plc.Integer("nResult")); // copy-out would leave 15 or 6, depending on order
    }

    [Fact]
    public void Array_element_and_string_in_outs_are_written_through()
    {
        var plc = new ScanDriver(CompiledProgramFactory.Instance("""
            PROGRAM PRG_Labels
            VAR_OUTPUT nZone2 : INT; sLabel : STRING; END_VAR
            VAR aZones : ARRAY[1..3] OF INT; sText : STRING := 'BOX'; fbMark : FB_Mark; END_VAR
            fbMark(nZone := aZones[2], sName := sText);
            nZone2 := aZones[2];
            sLabel := sText;
            END_PROGRAM
            """, """
            FUNCTION_BLOCK FB_Mark
            VAR_IN_OUT nZone : INT; sName : STRING; END_VAR
            nZone := 42;
            IF sName = 'BOX' THEN
                sName := 'BOX-OK';
            END_IF;
            END_FUNCTION_BLOCK
            """)).Scan();
        Assert.Equal(42, plc.Integer("nZone2"));
        Assert.Equal("BOX-OK", plc.Plc.Get("sLabel").AsString);
    }
}
