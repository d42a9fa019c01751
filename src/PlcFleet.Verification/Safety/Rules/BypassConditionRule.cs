using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF006: safety logic newly wrapped in an IF on a signal outside the safety set: a simulation, commissioning or
/// maintenance flag that lets the safety evaluation be skipped.
/// </summary>
public sealed class BypassConditionRule : ISafetyRule
{
    public string Id => "SAF006";

    public string Title => "safety logic skipped by a non-safety condition";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var old = comparison.Before.Model.Pous.SelectMany(p => RuleKit.Nodes<IfStatementSyntax>(p).Select(i => p.Name.ToUpperInvariant() + "|" + RuleKit.Norm(i.Condition)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var pou in comparison.After.Model.Pous)
        {
            var scope = RuleKit.Scope(comparison.After, pou);
            foreach (var @if in RuleKit.Nodes<IfStatementSyntax>(pou))
            {
                if (old.Contains(pou.Name.ToUpperInvariant() + "|" + RuleKit.Norm(@if.Condition)) || RuleKit.ReadsSafety(comparison, @if.Condition, scope))
                {
                    continue;
                }

                var guarded = @if.Statements.SelectMany(s => s.DescendantNodesAndSelf()).OfType<AssignmentStatementSyntax>()
                    .Select(a => scope.PathOf(a.Left)).OfType<string>().Where(comparison.IsSafety).ToList();
                var calls = @if.Statements.SelectMany(s => s.DescendantNodesAndSelf()).OfType<InvocationExpressionSyntax>()
                    .Where(c => scope.PathOf(c.Expression) is { } p && comparison.IsSafety(p)).ToList();
                // Judged by meaning: a renamed or stricter condition leaves every output it guards proven not weaker.
                if ((guarded.Count == 0 && calls.Count == 0)
                    || (guarded.All(comparison.IsProvenHarmless) && calls.All(c => comparison.IsProvenHarmless(scope.PathOf(c.Expression)!))))
                {
                    continue;
                }

                var what = guarded.Count > 0 ? comparison.After.Display(guarded[0]) : calls[0].Expression.ToString().Trim();
                yield return new SafetyFinding(Id, FindingSeverity.Error, SourceRef.Of(pou.File, @if),
                    $"safety logic ({what}) now only runs when '{@if.Condition.ToString().Trim()}' holds, a condition on non-safety signals",
                    $"The new IF makes the evaluation of {what} depend on '{@if.Condition.ToString().Trim()}', which reads no safety signal. When it is "
                    + "false the safety logic is skipped and its outputs keep their last value - the software equivalent of a bypass key. Simulation, "
                    + "commissioning and maintenance modes must never skip safety logic.");
            }
        }
    }
}
