using FsCheck;
using FsCheck.Xunit;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>
/// Sizes that generated PLC code reaches (an alarm summary ORs every alarm; a code generator nests parentheses):
/// parsing and binding finish without a stack overflow, round-trip byte for byte, and an over-deep nesting
/// is one positioned diagnostic. Random bytes compile without an exception.
/// </summary>
public sealed class HugeInputTests
{
    private static string Program(string declarations, string statement) =>
        $"PROGRAM PRG_Alarms\nVAR\n{declarations}END_VAR\n{statement}\nEND_PROGRAM\n";

    [Fact]
    public void Alarm_summary_with_20000_ORs_binds_without_errors()
    {
        const int alarms = 20_000;
        var declarations = string.Concat(Enumerable.Range(0, alarms).Select(i => $"    bAlarm{i} : BOOL;\n")) + "    bAnyAlarm : BOOL;\n";
        var text = Program(declarations, "bAnyAlarm := " + string.Join(" OR ", Enumerable.Range(0, alarms).Select(i => $"bAlarm{i}")) + ";");

        var tree = SyntaxTree.Parse(new SourceText(text, "alarms.st"));
        var compilation = Compilation.Create(tree);

        Assert.Equal(text, tree.ToFullString());
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
    }

    [Fact]
    public void A_million_term_sum_parses_and_round_trips()
    {
        var text = Program("    nTotal : LINT;\n", "nTotal := " + string.Join("+", Enumerable.Repeat("1", 1_000_000)) + ";");

        var tree = SyntaxTree.Parse(new SourceText(text, "sum.st"));

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(text.IndexOf("1+", StringComparison.Ordinal), tree.Root.DescendantNodes().OfType<BinaryExpressionSyntax>().First().Span.Start);
    }

    [Fact]
    public void A_100000_term_sum_folds_to_its_constant()
    {
        var text = Program("    nTotal : DINT;\n", "nTotal := " + string.Join("+", Enumerable.Repeat("1", 100_000)) + ";");

        var diagnostics = Compilation.Create(SyntaxTree.Parse(new SourceText(text, "sum.st"))).GetDiagnostics();

        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_million_nested_parentheses_are_one_positioned_diagnostic()
    {
        const int depth = 1_000_000;
        var text = Program("    x : INT;\n", "x := " + new string('(', depth) + "1" + new string(')', depth) + ";");

        var tree = SyntaxTree.Parse(new SourceText(text, "deep.st"));
        var compilation = Compilation.Create(tree);

        Assert.Equal(text, tree.ToFullString());
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SyntaxDiagnosticCodes.NestingTooDeep, diagnostic.Code);
        Assert.Equal(5, diagnostic.Start.Line);
        Assert.NotNull(compilation);
    }

    [Fact]
    public void A_long_member_chain_binds_without_overflowing()
    {
        var text = Program("    x : INT;\n", "x := a" + string.Concat(Enumerable.Repeat(".b", 200_000)) + ";");

        var tree = SyntaxTree.Parse(new SourceText(text, "chain.st"));
        var compilation = Compilation.Create(tree);

        Assert.Equal(text, tree.ToFullString());
        Assert.Contains(compilation.GetDiagnostics(), d => d.IsError);
    }

    [Property(MaxTest = 200)]
    public bool Random_bytes_compile_without_an_exception(byte[] bytes)
    {
        var text = System.Text.Encoding.Latin1.GetString(bytes ?? []);
        foreach (var dialect in new[] { Dialect.Codesys, Dialect.Scl, Dialect.Iec })
        {
            var tree = SyntaxTree.Parse(new SourceText(text, "bytes.st"), dialect);
            Assert.Equal(text, tree.ToFullString());
            Compilation.Create(tree);
        }

        return true;
    }
}
