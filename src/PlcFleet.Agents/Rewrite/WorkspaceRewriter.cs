using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// Applies the rules, in order, to every ST/SCL file of the workspace that the change scope allows, in memory.
/// Files that do not parse are left alone (a tree with errors cannot be matched safely), and so are read-only
/// and certified files.
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
        }

        var applied = new List<AppliedRewrite>();
        var refused = new List<RefusedRewrite>();
        var changed = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in templates)
        {
            foreach (var path in trees.Keys.ToList())
            {
                var result = FileRewriter.Apply(template, path, trees[path]);
                applied.AddRange(result.Applied);
                refused.AddRange(result.Refused);
                if (result.Applied.Count > 0)
                {
                    trees[path] = result.Tree;
                    changed[path] = result.Tree.Source.Text;
                }
            }
        }

        return new WorkspaceRewrite(applied, refused, skipped, changed);
    }
}
