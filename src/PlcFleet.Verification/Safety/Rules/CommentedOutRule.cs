using System.Text.RegularExpressions;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>SAF017: a safety condition commented out: a new comment that holds code reading a safety signal.</summary>
public sealed partial class CommentedOutRule : ISafetyRule
{
    public string Id => "SAF017";

    public string Title => "safety condition commented out";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var names = comparison.Before.Set.Variables.Values.Concat(comparison.Before.Set.Outputs.Values)
            .Select(r => r.Display.Split('.')[^1]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var old = TriviaScan.All(comparison.Before).Where(t => t.Trivia.IsComment).Select(t => TriviaScan.Norm(t.Trivia.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, trivia, location) in TriviaScan.All(comparison.After).Where(t => t.Trivia.IsComment))
        {
            var text = trivia.Text;
            if (old.Contains(TriviaScan.Norm(text)) || !CodeLike().IsMatch(text))
            {
                continue;
            }

            var name = names.FirstOrDefault(n => Regex.IsMatch(text, $@"\b{Regex.Escape(n)}\b", RegexOptions.IgnoreCase));
            if (name is null)
            {
                continue;
            }

            yield return new SafetyFinding(Id, FindingSeverity.Error, location, $"code reading the safety signal {name} was commented out: {text.Trim()}",
                $"The new comment holds logic on {name}. Commenting out a safety condition removes it as surely as deleting it, but is easy to miss in a "
                + "review; if the condition is really obsolete, delete it and state why in the change request.");
        }
    }

    [GeneratedRegex(@"(\bAND\b|\bOR\b|\bNOT\b|:=|\bTHEN\b|\bIF\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CodeLike();
}
