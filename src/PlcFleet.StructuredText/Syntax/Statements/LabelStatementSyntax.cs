namespace PlcFleet.StructuredText.Syntax;

/// <summary>label: a jump target.</summary>
public sealed class LabelStatementSyntax : StatementSyntax
{
    internal LabelStatementSyntax(SyntaxToken name, SyntaxToken colon)
        : base(SyntaxKind.LabelStatement, [name, colon])
    {
    }

    public SyntaxToken Name => GetToken(0);

    public SyntaxToken Colon => GetToken(1);
}
