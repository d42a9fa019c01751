using System.Text.RegularExpressions;

namespace PlcFleet.EndToEnd.Tests;

/// <summary>A user's clone has only this repository: every relative link in the README and docs/ must resolve inside it.</summary>
public sealed partial class ReadmeLinkTests
{
    [Fact]
    public void Every_relative_link_in_the_readme_and_the_docs_points_to_a_file_of_the_repository()
    {
        var root = RepositoryRoot();
        var pages = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).ToList();
        var broken = new List<string>();
        foreach (var page in pages)
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(page)))
            {
                var target = link.Groups["target"].Value.Split('#')[0];
                if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target));
                if (!resolved.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (!File.Exists(resolved) && !Directory.Exists(resolved)))
                {
                    broken.Add($"{Path.GetRelativePath(root, page)}: {target}");
                }
            }
        }

        Assert.True(pages.Count > 3, "README.md and docs/ not found");
        Assert.Empty(broken);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PlcFleet.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (PlcFleet.slnx) is not above the test binaries");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
