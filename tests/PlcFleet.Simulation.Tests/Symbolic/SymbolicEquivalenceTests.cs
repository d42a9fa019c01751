using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Symbolic;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Tests.Symbolic;

/// <summary>The symbolic engine on small conveyor programs: deep differences found and replayed, refactorings proven.</summary>
public sealed class SymbolicEquivalenceTests
{
    private const string Counting = """
        PROGRAM PRG_Count
        VAR_INPUT
            xEStopOk : BOOL;
            xPartSensor : BOOL;
            xReset : BOOL;
        END_VAR
        VAR_OUTPUT
            xBatchDone : BOOL;
        END_VAR
        VAR
            ctuParts : CTU;
        END_VAR
        ctuParts(CU := xPartSensor AND xEStopOk, R := xReset, PV := 30000);
        xBatchDone := ctuParts.Q;
        END_PROGRAM
        """;

    private const string RunOut = """
        PROGRAM PRG_RunOut
        VAR_INPUT
            xBeltRunning : BOOL;
        END_VAR
        VAR_OUTPUT
            xLubricate : BOOL;
        END_VAR
        VAR
            tonLube : TON;
        END_VAR
        tonLube(IN := xBeltRunning, PT := T#10M);
        xLubricate := tonLube.Q;
        END_PROGRAM
        """;

    [Fact]
    public void A_counter_threshold_moved_by_one_part_at_30000_is_found_and_replayed()
    {
        var verdict = Check(Counting, Counting.Replace("PV := 30000", "PV := 30001", StringComparison.Ordinal));
        Assert.True(verdict.Outcome == SymbolicOutcome.Differs, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Equal("xBatchDone", verdict.Divergence!.Signal);
        Assert.True(verdict.Divergence.Cycle >= 59_998, verdict.Reason); // 29,999 parts, two scans each
    }

    [Fact]
    public void A_ten_minute_timer_lengthened_by_a_second_is_one_solver_step()
    {
        var verdict = Check(RunOut, RunOut.Replace("T#10M", "T#10M1S", StringComparison.Ordinal));
        Assert.True(verdict.Outcome == SymbolicOutcome.Differs, verdict.ToText(TimeSpan.FromMilliseconds(10)));
        Assert.Equal("xLubricate", verdict.Divergence!.Signal);
        Assert.True(verdict.Depth <= 3, verdict.Reason);
        Assert.Equal(TimeSpan.FromMinutes(10), verdict.Divergence.Time);
    }

    [Fact]
    public void The_same_program_written_differently_is_proven_equivalent()
    {
        var after = RunOut.Replace("xLubricate := tonLube.Q;", "IF tonLube.Q THEN\n    xLubricate := TRUE;\nELSE\n    xLubricate := FALSE;\nEND_IF;", StringComparison.Ordinal);
        var verdict = Check(RunOut, after);
        Assert.True(verdict.Outcome == SymbolicOutcome.ProvenEquivalent, verdict.ToText(TimeSpan.FromMilliseconds(10)));
    }

    internal static SymbolicVerdict Check(string before, string after, EquivalenceOptions? options = null, SymbolicOptions? symbolic = null)
    {
        var (beforeCompilation, beforeProgram) = Compile(before);
        var (afterCompilation, afterProgram) = Compile(after);
        return SymbolicEquivalence.Check(beforeCompilation, afterCompilation, beforeProgram.Name,
            beforeProgram.CreateInstance, afterProgram.CreateInstance, options ?? new EquivalenceOptions(), symbolic ?? new SymbolicOptions { TimeBudget = TimeSpan.FromSeconds(30) });
    }

    private static (PlcFleet.StructuredText.Semantics.Compilation, CompiledStProgram) Compile(string source)
    {
        var compilation = PlcFleet.StructuredText.Semantics.Compilation.Create(SyntaxTree.Parse(new SourceText(source, "program.st"), Dialect.Codesys));
        var program = StProgramCompiler.Compile(compilation, compilation.Global.Programs.Last().Name);
        Assert.True(program.Succeeded, string.Join(Environment.NewLine, program.Errors));
        return (compilation, program.Program!);
    }
}
