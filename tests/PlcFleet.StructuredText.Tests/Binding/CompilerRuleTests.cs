using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;
using Xunit.Abstractions;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>
/// One valid and one invalid program per rule of the CODESYS/TwinCAT compiler documentation (error pages C0018,
/// C0031, C0032, C0046, C0077, ...) and of the Siemens SCL documentation: Golden/Rules/&lt;rule&gt;.valid.st must
/// compile without an error, &lt;rule&gt;.invalid.st must give an error on the line marked <c>(*!*)</c> (<c>//!</c> in SCL),
/// where the vendor's compiler reports it.
/// </summary>
public sealed class CompilerRuleTests(ITestOutputHelper output)
{
    private static string Directory() =>
        Path.Combine(BindingTestHelpers.RepositoryRoot(), "tests", "PlcFleet.StructuredText.Tests", "Golden", "Rules");

    [Fact]
    public void Invalid_programs_are_rejected_on_the_marked_line_and_valid_ones_compile()
    {
        var invalid = System.IO.Directory.EnumerateFiles(Directory(), "*.invalid.*").Order(StringComparer.Ordinal).ToList();
        var valid = System.IO.Directory.EnumerateFiles(Directory(), "*.valid.*").Order(StringComparer.Ordinal).ToList();
        var missed = invalid.Select(path => (Path: path, Problem: InvalidProblem(path))).Where(x => x.Problem is not null).ToList();
        var rejected = valid.Select(path => (Path: path, Problem: ValidProblem(path))).Where(x => x.Problem is not null).ToList();

        output.WriteLine($"invalid rejected on the marked line: {invalid.Count - missed.Count} of {invalid.Count}");
        output.WriteLine($"valid accepted: {valid.Count - rejected.Count} of {valid.Count}");
        foreach (var (path, problem) in missed.Concat(rejected))
        {
            output.WriteLine($"{Path.GetFileName(path)}: {problem}");
        }

        Assert.True(invalid.Count >= 40 && valid.Count >= 40, "the rule set lost cases");
        Assert.True(missed.Count == 0 && rejected.Count == 0,
            string.Join(Environment.NewLine, missed.Concat(rejected).Select(x => $"{Path.GetFileName(x.Path)}: {x.Problem}")));
    }

    private static string? InvalidProblem(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.Split('\n');
        var marked = Array.FindIndex(lines, l => l.Contains("(*!*)", StringComparison.Ordinal) || l.TrimEnd().EndsWith("//!", StringComparison.Ordinal)) + 1;
        if (marked == 0)
        {
            return "no (*!*) marker";
        }

        var errors = Errors(path, text);
        return errors.Any(e => e.Start.Line == marked) ? null
            : errors.Count == 0 ? "accepted"
            : $"error on line {errors[0].Start.Line}, expected line {marked}: {errors[0].Code} {errors[0].Message}";
    }

    private static string? ValidProblem(string path)
    {
        var errors = Errors(path, File.ReadAllText(path));
        return errors.Count == 0 ? null : $"rejected: {errors[0].Start.Line}: {errors[0].Code} {errors[0].Message}";
    }

    private static List<Diagnostic> Errors(string path, string text)
    {
        var tree = SyntaxTree.Parse(new SourceText(text, Path.GetFileName(path)), DialectExtensions.FromPath(path));
        return [.. Compilation.Create(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
    }
}
