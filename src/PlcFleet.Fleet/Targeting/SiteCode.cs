using System.Text.RegularExpressions;
using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Workspaces;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Targeting;

/// <summary>
/// The PLC source files (.st, .scl) of one site repository, read once and searched by the code preconditions.
/// Files are visited in ordinal path order so "the first match" is the same on every machine.
/// </summary>
public sealed class SiteCode
{
    private readonly List<SourceText> _files;

    private SiteCode(string root, List<SourceText> files)
    {
        Root = root;
        _files = files;
    }

    public string Root { get; }

    /// <summary>Sources with repository-relative, forward-slash paths.</summary>
    public IReadOnlyList<SourceText> Files => _files;

    public static SiteCode Read(string repositoryFolder)
    {
        // Through WorkspaceRoot: a committed link out of the repository is not read into plan evidence.
        var workspace = new WorkspaceRoot(repositoryFolder);
        var files = workspace.ListFiles()
            .Where(PlcProjectLoader.IsPlcFile)
            .Select(relative => (relative, read: workspace.ReadText(relative)))
            .Where(file => file.read.IsRead)
            .Select(file => new SourceText(file.read.Text!, file.relative))
            .ToList();
        return new SiteCode(repositoryFolder, files);
    }

    /// <summary>The first match in path order, or null.</summary>
    public CodeMatch? FindFirst(Regex pattern) => FindAll(pattern).FirstOrDefault();

    /// <summary>The first match in each file that matches.</summary>
    public IEnumerable<CodeMatch> FindAll(Regex pattern)
    {
        foreach (var file in _files)
        {
            var match = pattern.Match(file.Text);
            if (match.Success)
            {
                var position = file.GetLinePosition(match.Index);
                yield return new CodeMatch(file.Path, position.Line, position.Column, file.GetLineText(position.Line).Trim());
            }
        }
    }
}
