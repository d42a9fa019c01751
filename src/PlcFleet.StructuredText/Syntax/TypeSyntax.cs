namespace PlcFleet.StructuredText.Syntax;

/// <summary>A type as written in a declaration.</summary>
public abstract class TypeSyntax : SyntaxNode
{
    private protected TypeSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
