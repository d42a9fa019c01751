using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Cli.Commands.Bench;

/// <summary>
/// Checks a corpus folder the way a user would: <c>plcfleet check FOLDER</c>, every file in one project with the
/// libraries its .plcproj or plcfleet.yaml declares, then tells per file whether an error falls in it.
/// </summary>
public static class ProjectCheckMeasurement
{
    public static IReadOnlyDictionary<string, ProjectCheckResult> Measure(string folder)
    {
        var results = new Dictionary<string, ProjectCheckResult>(StringComparer.Ordinal);
        foreach (var project in PlcProjectLoader.LoadAll(folder))
        {
            var firstErrors = new Dictionary<StructuredText.Text.SourceText, Diagnostic>(ReferenceEqualityComparer.Instance);
            foreach (var diagnostic in project.GetDiagnostics().Where(d => d.IsError))
            {
                firstErrors.TryAdd(diagnostic.Source, diagnostic);
            }

            foreach (var file in project.Files)
            {
                var path = Path.GetFullPath(Path.Combine(project.Root, file.RelativePath));
                var first = firstErrors.GetValueOrDefault(file.Syntax.Source);
                results[path] = new ProjectCheckResult(path, file.Vendor is not null, !file.Syntax.HasErrors,
                    first is null ? null : CorpusMeasurement.Describe(first.Code, first.Message));
            }
        }

        return results;
    }
}
