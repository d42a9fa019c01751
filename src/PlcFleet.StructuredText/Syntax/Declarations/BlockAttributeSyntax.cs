namespace PlcFleet.StructuredText.Syntax;

/// <summary>A Siemens block header line such as TITLE = Conveyor or VERSION : 0.1; the value is the rest of the line.</summary>
public sealed class BlockAttributeSyntax : SyntaxNode
{
    internal BlockAttributeSyntax(SyntaxToken name, SyntaxToken separator, SyntaxList<SyntaxToken> @value)
        : base(SyntaxKind.BlockAttribute, [name, separator, @value])
    {
    }

    public SyntaxToken Name => GetToken(0);

    public SyntaxToken Separator => GetToken(1);

    public SyntaxList<SyntaxToken> Value => GetList<SyntaxToken>(2);
}
