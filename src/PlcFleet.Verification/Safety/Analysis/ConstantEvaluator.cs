using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Folds a preset or limit to a number (durations in ms), through named CONSTANTs and simple arithmetic,
/// so <c>PT := T_DISCREPANCY</c> and <c>PT := T#500MS * 10</c> are compared by value.
/// </summary>
public static class ConstantEvaluator
{
    public static decimal? Evaluate(ExpressionSyntax expression, NameScope scope, int depth = 0)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (expression)
        {
            case LiteralExpressionSyntax or TypedLiteralExpressionSyntax:
                return LiteralParser.Parse(expression.ToString().Trim()).Value switch
                {
                    IntegerValue i => (decimal)i.Value,
                    RealValue r => (decimal)r.Value,
                    DurationValue d => d.Nanoseconds / (decimal)DurationValue.NanosecondsPerMillisecond,
                    _ => null,
                };
            case ParenthesizedExpressionSyntax paren:
                return Evaluate(paren.Expression, scope, depth + 1);
            case IdentifierNameSyntax or LocalNameSyntax or MemberAccessExpressionSyntax:
                var symbol = scope.RootSymbol(expression);
                return symbol is { IsConstant: true, Initializer: { } init } ? Evaluate(init, scope, depth + 1) : null;
            case BinaryExpressionSyntax binary when Evaluate(binary.Left, scope, depth + 1) is { } a && Evaluate(binary.Right, scope, depth + 1) is { } b:
                return binary.OperatorToken.Kind switch
                {
                    SyntaxKind.PlusToken => a + b,
                    SyntaxKind.MinusToken => a - b,
                    SyntaxKind.StarToken => a * b,
                    SyntaxKind.SlashToken when b != 0 => a / b,
                    _ => null,
                };
            default:
                return null;
        }
    }
}
