using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;

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

        foreach (var site in SiteTrees(project))
        {
            all.AddRange(Compilation.Create(site).GetSemanticDiagnostics());
        }

        return all;
    }

    /// <summary>
    /// One compilation per PLC program: a folder holding several site repositories (each with its own plcfleet.yaml)
    /// is checked site by site, since the sites' POUs and globals are separate programs with the same names.
    /// </summary>
    private static IEnumerable<List<SyntaxTree>> SiteTrees(PlcProject project)
    {
        var sites = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
        foreach (var file in project.Files)
        {
            var site = SiteRootOf(project.Root, Path.GetFullPath(Path.Combine(project.Root, file.RelativePath)));
            if (!sites.TryGetValue(site, out var trees))
            {
                trees = [];
                sites.Add(site, trees);
            }

            trees.Add(file.Syntax);
        }

        return sites.Values;
    }

    private static string SiteRootOf(string projectRoot, string file)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > projectRoot.Length; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, SiteSettings.FileName)))
            {
                return folder;
            }
        }

        return projectRoot;
    }
}
