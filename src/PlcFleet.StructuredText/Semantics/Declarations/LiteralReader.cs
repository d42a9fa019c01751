using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Declarations;

/// <summary>Reads literal syntax (5, 16#FF, T#5s, INT#-3, 'text') into a value with the shared <see cref="LiteralParser"/>.</summary>
internal static class LiteralReader
{
    public static LiteralResult Read(LiteralExpressionSyntax literal) => LiteralParser.Parse(literal.Token.Text);

    public static LiteralResult Read(TypedLiteralExpressionSyntax literal) =>
        LiteralParser.Parse(string.Concat(literal.TypeName.Text, "#", literal.Value.ToString()));

    /// <summary>Maps the syntax kind of a binary expression to its operator; null for AND_THEN/OR_ELSE (handled as AND/OR).</summary>
    public static BinaryOperator BinaryOperatorOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OrExpression or SyntaxKind.OrElseExpression => BinaryOperator.Or,
        SyntaxKind.XorExpression => BinaryOperator.Xor,
        SyntaxKind.AndExpression or SyntaxKind.AndThenExpression => BinaryOperator.And,
        SyntaxKind.EqualsExpression => BinaryOperator.Equal,
        SyntaxKind.NotEqualsExpression => BinaryOperator.NotEqual,
        SyntaxKind.LessThanExpression => BinaryOperator.Less,
        SyntaxKind.GreaterThanExpression => BinaryOperator.Greater,
        SyntaxKind.LessThanOrEqualExpression => BinaryOperator.LessOrEqual,
        SyntaxKind.GreaterThanOrEqualExpression => BinaryOperator.GreaterOrEqual,
        SyntaxKind.AddExpression => BinaryOperator.Add,
        SyntaxKind.SubtractExpression => BinaryOperator.Subtract,
        SyntaxKind.MultiplyExpression => BinaryOperator.Multiply,
        SyntaxKind.DivideExpression => BinaryOperator.Divide,
        SyntaxKind.ModuloExpression => BinaryOperator.Modulo,
        _ => BinaryOperator.Power,
    };
}
