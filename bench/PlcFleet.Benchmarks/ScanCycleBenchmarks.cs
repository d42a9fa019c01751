using System.Text;
using BenchmarkDotNet.Attributes;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Benchmarks;

/// <summary>
/// Scan cycles per second of the compiled ST runtime on a line-control program: ~300 statements, 10 TON timers and
/// 4 motor function block instances, inputs toggling between scans. The bar is 500,000 scans/s on one core.
/// </summary>
[MemoryDiagnoser]
public class ScanCycleBenchmarks
{
    private const int ScansPerInvoke = 1_000;
    private StProgramInstance _plc = null!;
    private TimeSpan _now;
    private long _scan;

    [GlobalSetup]
    public void Setup()
    {
        var trees = new[]
        {
            SyntaxTree.Parse(new SourceText(MotorBlock, "FB_Motor.st"), Dialect.Codesys),
            SyntaxTree.Parse(new SourceText(LineProgram(), "PRG_Line.st"), Dialect.Codesys),
        };
        var compiled = StProgramCompiler.Compile(Compilation.Create(trees), "PRG_Line");
        if (compiled.Program is null)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, compiled.Errors));
        }

        _plc = compiled.Program.CreateInstance();
        _plc.Set("EStop_OK", PlcValue.True);
    }

    [Benchmark(OperationsPerInvoke = ScansPerInvoke)]
    public long ScanCycle()
    {
        for (var i = 0; i < ScansPerInvoke; i++)
        {
            _scan++;
            _now += TimeSpan.FromMilliseconds(10);
            if (_scan % 50 == 0)
            {
                _plc.Set("Start_PB", PlcValue.FromBool(_scan % 100 == 0));
                _plc.Set("Part_Present", PlcValue.FromBool(_scan % 150 < 75));
            }

            _plc.RunScanCycle(_now);
        }

        return _plc.Get("Count").AsInteger;
    }

    private const string MotorBlock = """
        FUNCTION_BLOCK FB_Motor
        VAR_INPUT Enable : BOOL; Run : BOOL; Feedback : BOOL; FeedbackTime : TIME := T#2S; Reset : BOOL; END_VAR
        VAR_OUTPUT Contactor : BOOL; Fault : BOOL; END_VAR
        VAR tonFeedback : TON; END_VAR
        IF Reset THEN Fault := FALSE; END_IF;
        Contactor := Enable AND Run AND NOT Fault;
        tonFeedback(IN := Contactor <> Feedback, PT := FeedbackTime);
        IF tonFeedback.Q THEN Fault := TRUE; Contactor := FALSE; END_IF;
        END_FUNCTION_BLOCK
        """;

    /// <summary>Ten timed stations and four motors; each station is a handful of typical statements.</summary>
    private static string LineProgram()
    {
        var st = new StringBuilder();
        st.AppendLine("PROGRAM PRG_Line");
        st.AppendLine("VAR_INPUT EStop_OK : BOOL; Start_PB : BOOL; Part_Present : BOOL; END_VAR");
        st.AppendLine("VAR_OUTPUT Count : DINT; Speed : INT; Lamp : BOOL; END_VAR");
        st.AppendLine("VAR Running : BOOL; Level : REAL; State : INT; i : INT; Buffer : ARRAY[0..15] OF INT;");
        for (var m = 1; m <= 4; m++)
        {
            st.AppendLine($"  Motor{m} : FB_Motor; K{m} : BOOL;");
        }

        for (var t = 1; t <= 10; t++)
        {
            st.AppendLine($"  Tmr{t} : TON; Done{t} : BOOL; Step{t} : INT;");
        }

        st.AppendLine("END_VAR");
        st.AppendLine("IF NOT EStop_OK THEN Running := FALSE; ELSIF Start_PB THEN Running := TRUE; END_IF;");
        for (var m = 1; m <= 4; m++)
        {
            st.AppendLine($"Motor{m}(Enable := EStop_OK, Run := Running, Feedback := K{m}, Contactor => K{m});");
        }

        for (var t = 1; t <= 10; t++)
        {
            // About 28 statements per station: timer, a CASE step chain, arithmetic and comparisons.
            st.AppendLine($"Tmr{t}(IN := Running AND Part_Present, PT := T#{t * 100}MS);");
            st.AppendLine($"Done{t} := Tmr{t}.Q;");
            st.AppendLine($"CASE Step{t} OF");
            st.AppendLine($"  0: IF Done{t} THEN Step{t} := 1; END_IF;");
            st.AppendLine($"  1: Count := Count + 1; Step{t} := 2;");
            st.AppendLine($"  2: IF NOT Part_Present THEN Step{t} := 0; END_IF;");
            st.AppendLine("END_CASE;");
            for (var k = 0; k < 6; k++)
            {
                st.AppendLine($"Level := Level * 0.99 + INT_TO_REAL(Step{t}) * 0.01;");
                st.AppendLine($"Speed := LIMIT(0, Speed + Step{t} - 1, 27648);");
                st.AppendLine($"Buffer[{(t + k) % 16}] := Buffer[{(t + k) % 16}] + Step{t};");
                st.AppendLine($"Lamp := Running AND (Done{t} OR Level > 0.5) AND NOT K{(k % 4) + 1};");
            }
        }

        st.AppendLine("END_PROGRAM");
        return st.ToString();
    }
}
