using System.Text;
using PlcFleet.Formats.Projects;
using PlcFleet.Mcp.Answers;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Mcp.Checking;

/// <summary>
/// Loads a file or folder as one PLC project and reports its diagnostics as compact compiler-style lines
/// (<c>file:line:col: error ST1001: message</c>) with a one-line summary, the shape agents read best.
/// </summary>
public static class CompileCheck
{
    public const int MaxLines = 50;

    public static ToolAnswer Run(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return ToolAnswer.Failure($"check: '{path}' does not exist");
        }

        var project = PlcProjectLoader.Load(path);
        if (project.Files.Count == 0 && project.LoadDiagnostics.Count == 0)
        {
            return ToolAnswer.Failure($"check: no .st or .scl files under '{path}'");
        }

        var ordered = project.GetDiagnostics()
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ToList();
        var text = new StringBuilder();
        foreach (var diagnostic in ordered.Take(MaxLines))
        {
            text.AppendLine(diagnostic.ToString());
        }

        if (ordered.Count > MaxLines)
        {
            text.AppendLine($"... and {ordered.Count - MaxLines} more");
        }

        var errors = ordered.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = ordered.Count(d => d.Severity == DiagnosticSeverity.Warning);
        text.Append($"check: {project.Files.Count} file(s), {project.LineCount} line(s): {errors} error(s), {warnings} warning(s)");
        return new ToolAnswer(text.ToString(), errors > 0);
    }
}
