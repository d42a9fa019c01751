using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Cli.Output;

/// <summary>Compiler-style text: <c>file:line:col: error ST1001: message</c> followed by the source line and a caret.</summary>
public static class TextDiagnosticWriter
{
    public static void Write(CheckSummary summary, TextWriter output)
    {
        foreach (var diagnostic in summary.Ordered)
        {
            output.WriteLine(diagnostic.ToString());
            WriteExcerpt(diagnostic, output);
        }

        output.WriteLine(
            $"{summary.Files} file(s), {summary.Lines} line(s): {summary.Errors} error(s), {summary.Warnings} warning(s), {summary.Infos} info(s)");
    }

    private static void WriteExcerpt(Diagnostic diagnostic, TextWriter output)
    {
        var start = diagnostic.Start;
        if (start.Line > diagnostic.Source.LineCount)
        {
            return;
        }

        var line = diagnostic.Source.GetLineText(start.Line);
        var end = diagnostic.End;
        var caretStart = Math.Min(start.Column - 1, line.Length);
        var caretLength = end.Line == start.Line ? Math.Max(1, end.Column - start.Column) : Math.Max(1, line.Length - caretStart);

        // Tabs are kept in the caret line so the caret stays under the right character.
        var prefix = new string(line.Take(caretStart).Select(c => c == '\t' ? '\t' : ' ').ToArray());
        output.WriteLine($"    {line}");
        output.WriteLine($"    {prefix}{new string('^', caretLength)}");
    }
}
