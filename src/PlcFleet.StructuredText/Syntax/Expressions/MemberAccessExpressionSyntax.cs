namespace PlcFleet.StructuredText.Syntax;

/// <summary>expression.member, also bit access x.3 and x.%X3.</summary>
public sealed class MemberAccessExpressionSyntax : ExpressionSyntax
{
    internal MemberAccessExpressionSyntax(ExpressionSyntax expression, SyntaxToken dot, SyntaxToken member)
        : base(SyntaxKind.MemberAccessExpression)
    {
        Expression = expression;
        Dot = dot;
        Member = member;
        Initialize();
    }

    public ExpressionSyntax Expression { get; }

    public SyntaxToken Dot { get; }

    public SyntaxToken Member { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Expression,
        1 => Dot,
        2 => Member,
        _ => null,
    };
}
