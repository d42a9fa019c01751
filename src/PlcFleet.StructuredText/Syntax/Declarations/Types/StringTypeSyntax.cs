namespace PlcFleet.StructuredText.Syntax;

/// <summary>STRING or WSTRING with an optional length: STRING(80) or STRING[80].</summary>
public sealed class StringTypeSyntax : TypeSyntax
{
    internal StringTypeSyntax(SyntaxToken keyword, SyntaxToken? openToken, ExpressionSyntax? length, SyntaxToken? closeToken)
        : base(SyntaxKind.StringType)
    {
        Keyword = keyword;
        OpenToken = openToken;
        Length = length;
        CloseToken = closeToken;
        Initialize();
    }

    public SyntaxToken Keyword { get; }

    public SyntaxToken? OpenToken { get; }

    public ExpressionSyntax? Length { get; }

    public SyntaxToken? CloseToken { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Keyword,
        1 => OpenToken,
        2 => Length,
        3 => CloseToken,
        _ => null,
    };
}
