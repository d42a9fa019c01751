using System.Text.RegularExpressions;
using PlcFleet.Formats.Vendor;
using PlcFleet.Formats.Workspaces;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Targeting;

/// <summary>
/// The PLC source files (.st, .scl) of one site repository, read once and searched by the code preconditions.
/// Vendor project files (TwinCAT, PLCopen XML, .EXP, L5X) are searched as their ST, with matches shown at the
/// line and column of the vendor file, when the migration's scope includes them (a migration written for .st files
/// does not target a site because of code it cannot change).
/// Files are visited in ordinal path order so "the first match" is the same on every machine.
/// </summary>
public sealed class SiteCode
{
    private static readonly string[] Extensions = [".st", ".scl"];

    private readonly List<SourceText> _files;

    private SiteCode(string root, List<SourceText> files)
    {
        Root = root;
        _files = files;
    }

    public string Root { get; }

    /// <summary>Sources with repository-relative, forward-slash paths.</summary>
    public IReadOnlyList<SourceText> Files => _files;

    /// <param name="vendorFileInScope">Whether a vendor file (by repository-relative path) is searched; none when null.</param>
    public static SiteCode Read(string repositoryFolder, Func<string, bool>? vendorFileInScope = null)
    {
        // Through WorkspaceRoot: a committed link out of the repository is not read into plan evidence.
        var workspace = new WorkspaceRoot(repositoryFolder);
        var inScope = vendorFileInScope ?? (_ => false);
        var files = new List<SourceText>();
        foreach (var relative in workspace.ListFiles())
        {
            if (Extensions.Contains(Path.GetExtension(relative), StringComparer.OrdinalIgnoreCase))
            {
                if (workspace.ReadText(relative) is { IsRead: true, Text: { } text })
                {
                    files.Add(new SourceText(text, relative));
                }
            }
            else if (VendorFiles.FormatOf(Path.Combine(workspace.Root, relative)) is { } format && format != VendorFormat.TwinCatProject
                && inScope(relative)
                && workspace.ReadBytes(relative) is { IsRead: true, Bytes: { } bytes }
                && VendorFiles.Read(bytes, format, relative).StructuredText is { } view)
            {
                files.Add(view.Text);
            }
        }
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
