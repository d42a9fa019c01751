namespace PlcFleet.StructuredText.Syntax;

/// <summary>AT %IX0.1: binds a variable to a direct I/O or memory address.</summary>
public sealed class AtClauseSyntax : SyntaxNode
{
    internal AtClauseSyntax(SyntaxToken atKeyword, SyntaxToken address)
        : base(SyntaxKind.AtClause, [atKeyword, address])
    {
    }

    public SyntaxToken AtKeyword => GetToken(0);

    public SyntaxToken Address => GetToken(1);
}
