namespace PlcFleet.StructuredText.Syntax;

/// <summary>A name: variable, POU, enumeration value; also THIS and SUPER.</summary>
public sealed class IdentifierNameSyntax : ExpressionSyntax
{
    internal IdentifierNameSyntax(SyntaxToken identifier)
        : base(SyntaxKind.IdentifierName, [identifier])
    {
    }

    public SyntaxToken Identifier => GetToken(0);
}
