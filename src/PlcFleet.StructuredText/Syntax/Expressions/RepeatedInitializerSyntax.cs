namespace PlcFleet.StructuredText.Syntax;

/// <summary>count(value): the value repeated count times inside an array initializer.</summary>
public sealed class RepeatedInitializerSyntax : ExpressionSyntax
{
    internal RepeatedInitializerSyntax(SyntaxToken count, SyntaxToken openParen, ExpressionSyntax? @value, SyntaxToken closeParen)
        : base(SyntaxKind.RepeatedInitializer, [count, openParen, @value, closeParen])
    {
    }

    public SyntaxToken Count => GetToken(0);

    public SyntaxToken OpenParen => GetToken(1);

    public ExpressionSyntax? Value => GetOptionalNode<ExpressionSyntax>(2);

    public SyntaxToken CloseParen => GetToken(3);
}
