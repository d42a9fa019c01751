using System.Diagnostics;
using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Cli.Commands.Bench;

/// <summary>
/// Parses and checks every .st/.scl file of a corpus folder on its own (as a user pointing PlcFleet at foreign code
/// would see it): syntax errors, any errors, crashes, and the parse throughput.
/// </summary>
public static partial class CorpusMeasurement
{
    private static readonly string[] Extensions = [".st", ".scl"];

    public static IReadOnlyList<string> FilesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Measures one file; the parse time is added to <paramref name="parseTime"/>.</summary>
    public static CorpusFileResult Measure(string path, Stopwatch parseTime)
    {
        var text = File.ReadAllText(path);
        var lines = text.Count(c => c == '\n') + 1;
        var dialect = DialectExtensions.FromContent(path, text);
        try
        {
            parseTime.Start();
            var tree = SyntaxTree.Parse(new SourceText(text, path), dialect);
            parseTime.Stop();
            var syntaxError = tree.Diagnostics.FirstOrDefault(d => d.IsError);
            var error = syntaxError is null ? Compilation.Create(tree).GetDiagnostics().FirstOrDefault(d => d.IsError) : null;
            return new CorpusFileResult(path, dialect, lines, text.Length,
                syntaxError is null ? null : Describe(syntaxError.Code, syntaxError.Message),
                error is null ? null : Describe(error.Code, error.Message), null);
        }
#pragma warning disable CA1031 // A crash on foreign code is what this benchmark counts; it must not stop the run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            parseTime.Stop();
            return new CorpusFileResult(path, dialect, lines, text.Length, null, null, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>The message with declared names and line numbers blanked, so the same mistake in different files counts once.</summary>
    public static string Describe(string code, string message) => code + " " + Variable().Replace(message, "${1}…");

    [GeneratedRegex(@"((?:of |variable |type |name |^|member |input |block )'|line )[^' ]*")]
    private static partial Regex Variable();
}
