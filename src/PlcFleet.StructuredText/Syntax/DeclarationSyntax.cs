namespace PlcFleet.StructuredText.Syntax;

/// <summary>A top-level or member declaration: POU, type block, global variable list, configuration.</summary>
public abstract class DeclarationSyntax : SyntaxNode
{
    private protected DeclarationSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
