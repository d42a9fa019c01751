using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF017: a safety condition commented out: a new comment that parses as code (see <see cref="CommentCode"/>), reads a
/// safety signal, and sits in a change whose safety outputs are not all proven unchanged or stricter.
/// </summary>
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
            if (old.Contains(TriviaScan.Norm(text)) || !CodeLike().IsMatch(text) || CommentCode.Parse(text) is not { } code)
            {
                continue;
            }

            // A condition cut out of a live expression always counts. A whole statement kept beside its stricter replacement is a
            // note, not a disabled condition, when the outputs it wrote are proven not weaker (with none written: all outputs).
            var written = code.SelectMany(c => c.DescendantNodesAndSelf()).OfType<AssignmentStatementSyntax>()
                .Select(a => a.Left.ToString().Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var outputs = comparison.Before.Set.Outputs.Where(o => written.Contains(o.Value.Display.Split('.')[^1])).Select(o => o.Key).ToList();
            if (!CommentCode.IsFragment(text) && (outputs.Count > 0 ? outputs : comparison.Before.Set.Outputs.Keys.ToList()).All(comparison.IsProvenNotWeaker))
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
