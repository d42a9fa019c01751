namespace PlcFleet.StructuredText.Syntax;

/// <summary>A statement in the body of a POU.</summary>
public abstract class StatementSyntax : SyntaxNode
{
    private protected StatementSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
