using PlcFleet.Simulation.Compilation;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>CODESYS pointer idioms the checker accepts: the simulator runs them or names what it cannot run.</summary>
public sealed class PointerIdiomTests
{
    [Fact]
    public void A_null_check_and_a_null_assignment_run()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Buffer
            VAR_OUTPUT
                bHadBuffer : BOOL;
                bCleared : BOOL;
            END_VAR
            VAR
                aBuf : ARRAY[0..15] OF BYTE;
                pBuf : POINTER TO BYTE;
            END_VAR
            pBuf := ADR(aBuf);
            bHadBuffer := pBuf <> 0;
            pBuf := 0;
            bCleared := pBuf = 0;
            END_PROGRAM
            """);

        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));

        Assert.True(plc.Get("bHadBuffer").AsBool);
        Assert.True(plc.Get("bCleared").AsBool);
    }

    [Fact]
    public void Pointer_arithmetic_and_action_arguments_are_reported_not_guessed()
    {
        var result = CompiledProgramFactory.Compile("""
            FUNCTION_BLOCK FB_Fifo
            VAR_INPUT
                nSize : UINT;
            END_VAR
            VAR_OUTPUT
                nUsed : UINT;
            END_VAR
            END_FUNCTION_BLOCK
            ACTION Reset:
            nUsed := 0;
            END_ACTION

            PROGRAM PRG_Buffer
            VAR
                aBuf : ARRAY[0..15] OF BYTE;
                pBuf : POINTER TO BYTE;
                fbFifo : FB_Fifo;
            END_VAR
            pBuf := ADR(aBuf) + 4;
            fbFifo.Reset(nSize := 16);
            END_PROGRAM
            """);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("not supported by the simulator", StringComparison.Ordinal) && e.Contains(":19:", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("arguments to the action call Reset", StringComparison.Ordinal));
    }
}
