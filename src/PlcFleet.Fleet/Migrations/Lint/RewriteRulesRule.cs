using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>
/// The structural-rewrite agent can only do what its rules say: <c>kind: rewrite</c> needs rules, and a
/// replacement may only use holes (<c>:[name]</c>) that its match binds.
/// </summary>
public sealed partial class RewriteRulesRule : ILintRule
{
    public string Id => "ML011";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        if (migration.Agent.Kind == AgentKind.Rewrite && migration.Rewrite.Count == 0)
        {
            var position = migration.PositionOf("agent");
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, position.Line, position.Column,
                "agent kind is 'rewrite' but there are no rewrite rules",
                "add a 'rewrite:' list with name, match and replace templates, or use 'kind: llm'");
        }

        foreach (var rule in migration.Rewrite)
        {
            var bound = Holes(rule.Match).ToHashSet(StringComparer.Ordinal);
            var unbound = Holes(rule.Replace).Where(h => !bound.Contains(h)).Distinct().ToList();
            if (unbound.Count > 0)
            {
                yield return new LintFinding(
                    Id, DiagnosticSeverity.Error, rule.Position.Line, rule.Position.Column,
                    $"rewrite rule '{rule.Name}' uses {string.Join(", ", unbound.Select(h => $":[{h}]"))} in replace but its match never binds it",
                    $"bind the hole in 'match' or spell it as in the match ({(bound.Count == 0 ? "the match has no holes" : string.Join(", ", bound.Select(h => $":[{h}]")))})");
            }
        }
    }

    private static IEnumerable<string> Holes(string template) => Hole().Matches(template).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@":\[(?<name>[A-Za-z_][A-Za-z0-9_]*)\]")]
    private static partial Regex Hole();
}
