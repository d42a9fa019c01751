using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>SAF005: a short in safety logic: <c>OR TRUE</c>, <c>AND FALSE</c>, also through a CONSTANT.</summary>
public sealed class ConstantShortRule : ISafetyRule
{
    public string Id => "SAF005";

    public string Title => "constant short in safety logic";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var old = comparison.Before.Model.Pous.SelectMany(p => RuleKit.Nodes<BinaryExpressionSyntax>(p).Select(b => p.Name.ToUpperInvariant() + "|" + RuleKit.Norm(b)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var pou in comparison.After.Model.Pous)
        {
            var scope = RuleKit.Scope(comparison.After, pou);
            var writesSafety = comparison.After.DefUse.Writes.Any(w => w.Pou == pou && comparison.IsSafety(w.Target));
            foreach (var binary in RuleKit.Nodes<BinaryExpressionSyntax>(pou))
            {
                var isOr = binary.OperatorToken.Kind is SyntaxKind.OrKeyword or SyntaxKind.OrElseKeyword;
                var isAnd = binary.OperatorToken.Kind is SyntaxKind.AndKeyword or SyntaxKind.AmpersandToken or SyntaxKind.AndThenKeyword;
                if (!(isOr || isAnd) || old.Contains(pou.Name.ToUpperInvariant() + "|" + RuleKit.Norm(binary)))
                {
                    continue;
                }

                var shorting = new[] { binary.Left, binary.Right }.FirstOrDefault(o => ConstantBool(o, scope) == isOr);
                if (shorting is null || !(writesSafety || RuleKit.ReadsSafety(comparison, binary, scope) || comparison.IsSafetyPou(pou)))
                {
                    continue;
                }

                yield return new SafetyFinding(Id, FindingSeverity.Error, Analysis.SourceRef.Of(pou.File, binary),
                    $"'{(isOr ? "OR" : "AND")} {shorting.ToString().Trim()}' shorts safety logic",
                    $"The expression '{binary.ToString().Trim()}' contains a constant that decides it on its own ({(isOr ? "OR TRUE" : "AND FALSE")}), "
                    + "so the safety signals in it no longer matter. This is how a bridged contact looks in software; constants that bypass safety "
                    + "conditions are not allowed, also not for commissioning.");
            }
        }
    }

    private static bool? ConstantBool(ExpressionSyntax expression, Analysis.NameScope scope)
    {
        if (expression is ParenthesizedExpressionSyntax paren)
        {
            return ConstantBool(paren.Expression, scope);
        }

        var text = expression.ToString().Trim();
        if (text.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || text.Equals("BOOL#1", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("FALSE", StringComparison.OrdinalIgnoreCase) || text.Equals("BOOL#0", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return expression is IdentifierNameSyntax && scope.RootSymbol(expression) is { IsConstant: true, Initializer: { } init } ? ConstantBool(init, scope) : null;
    }
}
