using FsCheck;
using FsCheck.Xunit;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>
/// Whatever the code (realistic programs with deletions and garbage), the binder finishes, never throws, and keeps
/// every diagnostic inside the text: user errors are data. Deterministic: compiling twice gives the same diagnostics.
/// </summary>
public sealed class BinderPropertyTests
{
    private static readonly string[] Programs = Directory.EnumerateFiles(DiagnosticGoldenTests.Directory())
        .Concat(Directory.EnumerateFiles(Path.Combine(BindingTestHelpers.RepositoryRoot(), "tests", "PlcFleet.StructuredText.Tests", "Golden", "Syntax")))
        .Where(path => path.EndsWith(".st", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly string[] Garbage = ["IF", "END_IF", ";", ":=", "(", ")", "x", "1", "TON", ".", "[", "]", "=>", "THIS^", "CASE", ":", "..", "EXIT;"];

    private static bool BindsSafely(string text)
    {
        var source = new SourceText(text, "fuzz.st");
        Compilation? compilation = null;
        var finished = Task.Run(() => compilation = Compilation.Create(SyntaxTree.Parse(source))).Wait(TimeSpan.FromSeconds(20));
        Assert.True(finished, "the binder did not finish on this input");
        foreach (var diagnostic in compilation!.GetDiagnostics())
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.Start + diagnostic.Span.Length, 0, text.Length);
        }

        return true;
    }

    [Property(MaxTest = 200)]
    public bool Programs_with_a_deleted_range_bind_safely(NonNegativeInt program, NonNegativeInt start, NonNegativeInt length)
    {
        var text = Programs[program.Get % Programs.Length];
        var from = start.Get % (text.Length + 1);
        var count = Math.Min(length.Get % 40, text.Length - from);
        return BindsSafely(text.Remove(from, count));
    }

    [Property(MaxTest = 200)]
    public bool Programs_with_inserted_garbage_bind_safely(NonNegativeInt program, NonNegativeInt at, NonNegativeInt garbage)
    {
        var text = Programs[program.Get % Programs.Length];
        return BindsSafely(text.Insert(at.Get % (text.Length + 1), " " + Garbage[garbage.Get % Garbage.Length] + " "));
    }

    [Fact]
    public void Compiling_twice_gives_the_same_diagnostics()
    {
        foreach (var text in Programs)
        {
            var first = Compilation.Create(SyntaxTree.Parse(new SourceText(text, "a.st"))).GetDiagnostics().Select(d => d.ToString());
            var second = Compilation.Create(SyntaxTree.Parse(new SourceText(text, "a.st"))).GetDiagnostics().Select(d => d.ToString());
            Assert.Equal(first, second);
        }
    }
}
