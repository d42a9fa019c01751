using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Tests.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Binding;

internal static class BindingTestHelpers
{
    public static Compilation Compile(string text, Dialect dialect = Dialect.Codesys) =>
        Compilation.Create(SyntaxTree.Parse(new SourceText(text, "test.st"), dialect));

    public static Compilation Compile(params (string Path, string Text)[] files) =>
        Compilation.Create(files.Select(f => SyntaxTree.Parse(new SourceText(f.Text, f.Path), DialectExtensions.FromPath(f.Path))));

    /// <summary>Semantic diagnostics as "line:col code message" lines.</summary>
    public static List<string> Diagnose(string text, Dialect dialect = Dialect.Codesys) =>
        [.. Compile(text, dialect).GetDiagnostics().Select(Format)];

    /// <summary>Only errors, formatted like <see cref="Diagnose"/>.</summary>
    public static List<string> Errors(string text, Dialect dialect = Dialect.Codesys) =>
        [.. Compile(text, dialect).GetDiagnostics().Where(d => d.IsError).Select(Format)];

    public static string Format(Diagnostic d) => $"{d.Start.Line}:{d.Start.Column} {d.Code} {d.Message}";

    public static IEnumerable<string> Codes(string text, Dialect dialect = Dialect.Codesys) =>
        Compile(text, dialect).GetDiagnostics().Select(d => d.Code);

    /// <summary>A program with the given declarations and body; returns the compilation and its bound body.</summary>
    public static (Compilation Compilation, BoundBody Body) BindProgram(string declarations, string body, string extra = "")
    {
        var compilation = Compile($"{extra}\nPROGRAM PRG_Test\nVAR\n{declarations}\nEND_VAR\n{body}\nEND_PROGRAM\n");
        var pou = compilation.Global.FindPou("PRG_Test")!;
        return (compilation, compilation.GetBoundBody(pou)!);
    }

    /// <summary>The bound right side of the first assignment in a program.</summary>
    public static BoundExpression BindValue(string declarations, string expression, string extra = "")
    {
        var (compilation, body) = BindProgram(declarations, $"xResult := {expression};", extra);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var assignment = Assert.IsType<BoundAssignment>(body.Statements[0]);
        return Unwrap(assignment.Value);
    }

    public static BoundExpression Unwrap(BoundExpression expression) => expression is BoundConversion c ? c.Operand : expression;

    public static string RepositoryRoot() => SyntaxTestHelpers.RepositoryRoot();

    public static PouSymbol Pou(this Compilation compilation, string name) => compilation.Global.FindPou(name)!;
}
