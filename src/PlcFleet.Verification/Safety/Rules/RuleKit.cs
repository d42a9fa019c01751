using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>Small helpers the rules share: normalised code text, scopes, and the signals inside safety cones.</summary>
internal static class RuleKit
{
    /// <summary>Code text without whitespace and comments, upper case: equal for reformatted code.</summary>
    public static string Norm(SyntaxNode node) => string.Join(" ", node.DescendantTokens().Select(t => t.Text.ToUpperInvariant()));

    public static NameScope Scope(SiteAnalysis site, PouSymbol pou) => new(site.Model, pou, pou.Name);

    public static bool IsConstantValue(ExpressionSyntax value, NameScope scope) =>
        value is LiteralExpressionSyntax or TypedLiteralExpressionSyntax
        || (value is IdentifierNameSyntax && scope.RootSymbol(value) is { IsConstant: true });

    public static bool ReadsSafety(SafetyComparison comparison, ExpressionSyntax expression, NameScope scope) =>
        DefUse.PathsRead(expression, scope).Any(comparison.IsSafety);

    /// <summary>The FB calls of a POU with the instance path and type.</summary>
    public static IEnumerable<(InvocationExpressionSyntax Call, string Instance, string Type)> BlockCalls(SiteAnalysis site, PouSymbol pou)
    {
        var scope = Scope(site, pou);
        foreach (var call in pou.Statements.SelectMany(s => s.DescendantNodesAndSelf()).OfType<InvocationExpressionSyntax>())
        {
            if (scope.PathOf(call.Expression) is { } instance && scope.TypeOf(call.Expression) is { } type)
            {
                yield return (call, instance, type);
            }
        }
    }

    public static IEnumerable<T> Nodes<T>(PouSymbol pou) where T : SyntaxNode =>
        pou.Statements.SelectMany(s => s.DescendantNodesAndSelf()).OfType<T>();

    public static bool NameLike(string name, params string[] parts) =>
        parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));
}
