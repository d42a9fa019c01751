using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// Applies the rules, in order, to every ST/SCL file of the workspace that the change scope allows, in memory.
/// Files that do not parse are left alone (a tree with errors cannot be matched safely), and so are read-only
/// and certified files. In a vendor file (TwinCAT, L5X, PLCopen XML) each replacement goes back into the ST region
/// it came from; a replacement that would reach outside one region is refused.
/// </summary>
public static class WorkspaceRewriter
{
    public static WorkspaceRewrite Rewrite(string workspaceRoot, ChangeScope scope, IReadOnlyList<RewriteTemplate> templates)
    {
        var project = PlcProjectLoader.Load(workspaceRoot, displayBase: workspaceRoot);
        var inScope = new GlobSet(scope.Include.Count == 0 ? ["**/*"] : scope.Include, scope.Exclude);
        var readOnly = new GlobSet(scope.ReadOnly);
        var certified = scope.CertifiedFiles.Select(c => c.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var trees = new SortedDictionary<string, SyntaxTree>(StringComparer.Ordinal);
        var vendors = new Dictionary<string, VendorDocument>(StringComparer.Ordinal);
        var skipped = new List<string>();
        foreach (var file in project.Files)
        {
            if (!inScope.Matches(file.RelativePath) || readOnly.Matches(file.RelativePath) || certified.Contains(file.RelativePath))
            {
                continue;
            }

            if (file.Syntax.HasErrors)
            {
                skipped.Add(file.RelativePath);
                continue;
            }

            trees[file.RelativePath] = file.Syntax;
            if (file.Vendor is not null)
            {
                vendors[file.RelativePath] = file.Vendor;
            }
        }

        var applied = new List<AppliedRewrite>();
        var refused = new List<RefusedRewrite>();
        var changed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var changedVendor = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            foreach (var path in trees.Keys.ToList())
            {
                var result = FileRewriter.Apply(template, path, trees[path]);
                refused.AddRange(result.Refused);
                if (result.Applied.Count == 0)
                {
                    continue;
                }

                if (vendors.TryGetValue(path, out var vendor))
                {
                    if (IntoVendorFile(vendor, result, out var problem) is not { } written)
                    {
                        refused.Add(new RefusedRewrite(template.Rule.Name, path, result.Applied[0].Line, problem!));
                        continue;
                    }

                    vendors[path] = written;
                    trees[path] = SyntaxTree.Parse(written.StructuredText!.Text, trees[path].Dialect);
                    changed[path] = written.Original.Text;
                    changedVendor[path] = written.File.Bytes;
                }
                else
                {
                    trees[path] = result.Tree;
                    changed[path] = result.Tree.Source.Text;
                }

                applied.AddRange(result.Applied);
            }
        }

        return new WorkspaceRewrite(applied, refused, skipped, changed, changedVendor);
    }

    /// <summary>The vendor file with the rule's replacements written into its ST regions, or null with the reason.</summary>
    private static VendorDocument? IntoVendorFile(VendorDocument vendor, FileRewriter.Result result, out string? problem)
    {
        problem = null;
        var document = vendor;
        foreach (var replacement in result.Replacements)
        {
            document = document.WithStructuredTextEdit(replacement.Start, replacement.End - replacement.Start, replacement.Text, out problem);
            if (document is null)
            {
                return null;
            }
        }

        // The file read back must give exactly the rewritten ST: nothing outside the regions moved.
        if (document.StructuredText?.Text.Text != result.Tree.Source.Text)
        {
            problem = $"the rewritten ST of {vendor.Path} does not read back from the file unchanged";
            return null;
        }

        return document;
    }
}
