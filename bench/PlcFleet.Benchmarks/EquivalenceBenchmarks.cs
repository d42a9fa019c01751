using System.Text;
using BenchmarkDotNet.Attributes;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Symbolic;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Benchmarks;

/// <summary>
/// The symbolic equivalence engine on a 300-statement line program (10 timed stations with CASE step chains,
/// counters, limits and lamps, 4 motor blocks): a refactoring of every station's threshold IF into an assignment
/// (must be proven) and a station timer moved from 7 s to 8 s (must be refuted with a replayed trace). The bar is
/// 10 s per verdict.
/// </summary>
public class EquivalenceBenchmarks
{
    private Pair _refactoring = null!;
    private Pair _change = null!;

    [GlobalSetup]
    public void Setup()
    {
        var before = LineProgram(refactored: false, station7Preset: 7);
        _refactoring = Pair.Of(before, LineProgram(refactored: true, station7Preset: 7));
        _change = Pair.Of(before, LineProgram(refactored: false, station7Preset: 8));
    }

    /// <summary>Statements in the generated program (for the report).</summary>
    public static int StatementCount => LineProgram(false, 7).Split(';').Length - 1;

    [Benchmark]
    public SymbolicOutcome ProveRefactoring() => _refactoring.Check(SymbolicOutcome.ProvenEquivalent);

    [Benchmark]
    public SymbolicOutcome RefuteChangedTimer() => _change.Check(SymbolicOutcome.Differs);

    private sealed record Pair(Compilation Before, Compilation After, CompiledStProgram BeforeProgram, CompiledStProgram AfterProgram)
    {
        public static Pair Of(string before, string after)
        {
            var (b, bp) = Compile(before);
            var (a, ap) = Compile(after);
            return new Pair(b, a, bp, ap);
        }

        public SymbolicOutcome Check(SymbolicOutcome expected)
        {
            var verdict = SymbolicEquivalence.Check(Before, After, "PRG_Line", BeforeProgram.CreateInstance, AfterProgram.CreateInstance,
                new EquivalenceOptions { CycleTime = BeforeProgram.CycleTime }, new SymbolicOptions { TimeBudget = TimeSpan.FromSeconds(60) });
            return verdict.Outcome == expected ? verdict.Outcome : throw new InvalidOperationException($"expected {expected}: {verdict.ToText(BeforeProgram.CycleTime)}");
        }

        private static (Compilation, CompiledStProgram) Compile(string line)
        {
            var compilation = Compilation.Create(
                SyntaxTree.Parse(new SourceText(MotorBlock, "FB_Motor.st"), Dialect.Codesys),
                SyntaxTree.Parse(new SourceText(line, "PRG_Line.st"), Dialect.Codesys));
            var compiled = StProgramCompiler.Compile(compilation, "PRG_Line");
            return (compilation, compiled.Program ?? throw new InvalidOperationException(string.Join(Environment.NewLine, compiled.Errors)));
        }
    }

    private const string MotorBlock = """
        FUNCTION_BLOCK FB_Motor
        VAR_INPUT Enable : BOOL; Run : BOOL; Feedback : BOOL; Reset : BOOL; END_VAR
        VAR_OUTPUT Contactor : BOOL; Fault : BOOL; END_VAR
        VAR tonFeedback : TON; END_VAR
        IF Reset THEN Fault := FALSE; END_IF;
        Contactor := Enable AND Run AND NOT Fault;
        tonFeedback(IN := Contactor <> Feedback, PT := T#2S);
        IF tonFeedback.Q THEN Fault := TRUE; Contactor := FALSE; END_IF;
        END_FUNCTION_BLOCK
        """;

    private static string LineProgram(bool refactored, int station7Preset)
    {
        var st = new StringBuilder();
        st.AppendLine("PROGRAM PRG_Line");
        st.AppendLine("VAR_INPUT EStop_OK : BOOL; Start_PB : BOOL; Part_Present : BOOL; Reset_PB : BOOL; END_VAR");
        st.AppendLine("VAR_OUTPUT");
        for (var t = 1; t <= 10; t++)
        {
            st.AppendLine($"  Count{t} : DINT; Lamp{t} : BOOL; High{t} : BOOL;");
        }

        st.AppendLine("END_VAR");
        st.AppendLine("VAR Running : BOOL;");
        for (var m = 1; m <= 4; m++)
        {
            st.AppendLine($"  Motor{m} : FB_Motor; K{m} : BOOL;");
        }

        for (var t = 1; t <= 10; t++)
        {
            st.AppendLine($"  Tmr{t} : TON; Done{t} : BOOL; Step{t} : INT; Speed{t} : INT;");
        }

        st.AppendLine("END_VAR");
        st.AppendLine("IF NOT EStop_OK THEN Running := FALSE; ELSIF Start_PB THEN Running := TRUE; END_IF;");
        for (var m = 1; m <= 4; m++)
        {
            st.AppendLine($"Motor{m}(Enable := EStop_OK, Run := Running, Feedback := K{m}, Reset := Reset_PB, Contactor => K{m});");
        }

        for (var t = 1; t <= 10; t++)
        {
            var preset = t == 7 ? station7Preset : t;
            st.AppendLine($"Tmr{t}(IN := Running AND Part_Present, PT := T#{preset}S);");
            st.AppendLine($"Done{t} := Tmr{t}.Q;");
            st.AppendLine($"CASE Step{t} OF");
            st.AppendLine($"  0: IF Done{t} THEN Step{t} := 1; END_IF;");
            st.AppendLine($"  1: Count{t} := Count{t} + 1; Step{t} := 2;");
            st.AppendLine($"  2: IF NOT Part_Present THEN Step{t} := 0; END_IF;");
            st.AppendLine("END_CASE;");
            for (var k = 0; k < 5; k++)
            {
                st.AppendLine($"Speed{t} := LIMIT(0, Speed{t} + Step{t} - 1, 27648);");
                st.AppendLine($"Lamp{t} := Running AND Done{t} AND NOT K{(k % 4) + 1};");
                st.AppendLine(refactored
                    ? $"High{t} := Speed{t} > {k * 1000};"
                    : $"IF Speed{t} > {k * 1000} THEN High{t} := TRUE; ELSE High{t} := FALSE; END_IF;");
            }
        }

        st.AppendLine("END_PROGRAM");
        return st.ToString();
    }
}
