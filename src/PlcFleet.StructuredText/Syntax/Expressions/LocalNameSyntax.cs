namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens #local: a variable of the block itself.</summary>
public sealed class LocalNameSyntax : ExpressionSyntax
{
    internal LocalNameSyntax(SyntaxToken hash, SyntaxToken identifier)
        : base(SyntaxKind.LocalName, [hash, identifier])
    {
    }

    public SyntaxToken Hash => GetToken(0);

    public SyntaxToken Identifier => GetToken(1);
}
