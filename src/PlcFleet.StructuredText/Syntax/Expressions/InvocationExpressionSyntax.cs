namespace PlcFleet.StructuredText.Syntax;

/// <summary>A call of a function, function block instance or method: name(arguments).</summary>
public sealed class InvocationExpressionSyntax : ExpressionSyntax
{
    internal InvocationExpressionSyntax(ExpressionSyntax expression, ArgumentListSyntax argumentList)
        : base(SyntaxKind.InvocationExpression)
    {
        Expression = expression;
        ArgumentList = argumentList;
        Initialize();
    }

    public ExpressionSyntax Expression { get; }

    public ArgumentListSyntax ArgumentList { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => ArgumentList,
        _ => null,
    };
}
