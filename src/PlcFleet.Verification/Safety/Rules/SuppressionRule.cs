using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>SAF014: analysis-suppression pragmas or warning switches added (<c>{warning disable ...}</c>, <c>{attribute 'no_check'}</c>).</summary>
public sealed class SuppressionRule : ISafetyRule
{
    private static readonly string[] Suppressions = ["warning disable", "warning off", "no_check", "no-check", "nocheck", "no_analysis", "no-analysis", "suppress", "checks off", "hide"];

    public string Id => "SAF014";

    public string Title => "analysis suppression added";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var old = TriviaScan.All(comparison.Before).Where(t => t.Trivia.Kind == SyntaxKind.PragmaTrivia)
            .GroupBy(t => TriviaScan.Norm(t.Trivia.Text)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var group in TriviaScan.All(comparison.After).Where(t => t.Trivia.Kind == SyntaxKind.PragmaTrivia).GroupBy(t => TriviaScan.Norm(t.Trivia.Text)))
        {
            if (!RuleKit.NameLike(group.Key, Suppressions))
            {
                continue;
            }

            foreach (var pragma in group.Skip(old.GetValueOrDefault(group.Key)))
            {
                yield return new SafetyFinding(Id, FindingSeverity.Error, pragma.Location, $"suppression pragma {pragma.Trivia.Text.Trim()} added",
                    "The pragma switches off compiler warnings or run-time checks. In safety code every warning is a finding to fix, not to hide; "
                    + "an agent must never silence the checks that review its own change.");
            }
        }
    }
}
