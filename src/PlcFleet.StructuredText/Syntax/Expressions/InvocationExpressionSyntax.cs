namespace PlcFleet.StructuredText.Syntax;

/// <summary>A call of a function, function block instance or method: name(arguments).</summary>
public sealed class InvocationExpressionSyntax : ExpressionSyntax
{
    internal InvocationExpressionSyntax(ExpressionSyntax expression, ArgumentListSyntax argumentList)
        : base(SyntaxKind.InvocationExpression, [expression, argumentList])
    {
    }

    public ExpressionSyntax Expression => GetNode<ExpressionSyntax>(0);

    public ArgumentListSyntax ArgumentList => GetNode<ArgumentListSyntax>(1);
}
