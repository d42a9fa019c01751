namespace PlcFleet.StructuredText.Syntax;

/// <summary>STRING or WSTRING with an optional length: STRING(80) or STRING[80].</summary>
public sealed class StringTypeSyntax : TypeSyntax
{
    internal StringTypeSyntax(SyntaxToken keyword, SyntaxToken? openToken, ExpressionSyntax? length, SyntaxToken? closeToken)
        : base(SyntaxKind.StringType, [keyword, openToken, length, closeToken])
    {
    }

    public SyntaxToken Keyword => GetToken(0);

    public SyntaxToken? OpenToken => GetOptionalToken(1);

    public ExpressionSyntax? Length => GetOptionalNode<ExpressionSyntax>(2);

    public SyntaxToken? CloseToken => GetOptionalToken(3);
}
