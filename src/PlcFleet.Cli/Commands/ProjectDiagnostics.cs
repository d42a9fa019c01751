using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics;

namespace PlcFleet.Cli.Commands;

/// <summary>Everything the compile step reports for a project: loading, syntax and semantics.</summary>
public static class ProjectDiagnostics
{
    public static IReadOnlyList<Diagnostic> Collect(PlcProject project)
    {
        var all = new List<Diagnostic>(project.LoadDiagnostics);
        foreach (var file in project.Files)
        {
            all.AddRange(file.Syntax.Diagnostics);
        }

        all.AddRange(Compilation.Create(project.Files.Select(file => file.Syntax)).GetSemanticDiagnostics());
        return all;
    }
}
