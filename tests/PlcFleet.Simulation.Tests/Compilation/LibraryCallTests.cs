using PlcFleet.Simulation.Compilation;
using PlcFleet.StructuredText.Semantics.Libraries;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>Calls into shipped library declarations: built-in blocks run; declarations without code are refused, never guessed.</summary>
public sealed class LibraryCallTests
{
    private static StProgramCompilation Compile(string program, params string[] libraries)
    {
        var tree = SyntaxTree.Parse(new SourceText(program, "main.st"), Dialect.Codesys);
        var compilation = PlcFleet.StructuredText.Semantics.Compilation.Create([tree], new LibraryReferences(libraries));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        return StProgramCompiler.Compile(compilation, compilation.Global.Programs.Last().Name);
    }

    [Fact]
    public void A_Tc2_Standard_timer_runs_as_the_built_in_block()
    {
        var result = Compile("""
            PROGRAM PRG_Horn
            VAR_INPUT
                bAlarm : BOOL;
            END_VAR
            VAR_OUTPUT
                bHorn : BOOL;
            END_VAR
            VAR
                tonDelay : TON;
            END_VAR
            tonDelay(IN := bAlarm, PT := T#50MS);
            bHorn := tonDelay.Q;
            END_PROGRAM
            """, "Tc2_Standard");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var plc = result.Program!.CreateInstance();
        plc.Set("bAlarm", PlcFleet.Simulation.Values.PlcValue.FromBool(true));
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        Assert.False(plc.Get("bHorn").AsBool);
        for (var now = 20; now <= 70; now += 10)
        {
            plc.RunScanCycle(TimeSpan.FromMilliseconds(now));
        }

        Assert.True(plc.Get("bHorn").AsBool);
    }

    [Fact]
    public void A_function_block_from_a_library_declaration_is_refused_at_its_call()
    {
        var result = Compile("""
            PROGRAM PRG_Lamp
            VAR_INPUT
                bFault : BOOL;
            END_VAR
            VAR_OUTPUT
                bLamp : BOOL;
            END_VAR
            VAR
                fbBlink : BLINK;
            END_VAR
            fbBlink(ENABLE := bFault, TIMELOW := T#500MS, TIMEHIGH := T#500MS, OUT => bLamp);
            END_PROGRAM
            """, "Util");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Contains("main.st:11:1", error, StringComparison.Ordinal);
        Assert.Contains("BLINK comes from library Util", error, StringComparison.Ordinal);
        Assert.Contains("cannot run this call", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_from_a_library_declaration_is_refused_at_its_call()
    {
        var result = Compile("""
            PROGRAM PRG_Copy
            VAR_OUTPUT
                nCopied : UDINT;
            END_VAR
            VAR
                aRx, aWork : ARRAY[0..15] OF BYTE;
            END_VAR
            nCopied := MEMCPY(ADR(aWork), ADR(aRx), SIZEOF(aRx));
            END_PROGRAM
            """, "Tc2_System");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("MEMCPY comes from library Tc2_System", StringComparison.Ordinal));
    }
}
