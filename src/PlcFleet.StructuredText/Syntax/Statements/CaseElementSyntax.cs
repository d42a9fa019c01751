namespace PlcFleet.StructuredText.Syntax;

/// <summary>Case labels (values, ranges, enumeration values) followed by a colon and statements.</summary>
public sealed class CaseElementSyntax : SyntaxNode
{
    internal CaseElementSyntax(SeparatedSyntaxList<ExpressionSyntax> labels, SyntaxToken colon, SyntaxList<StatementSyntax> statements)
        : base(SyntaxKind.CaseElement, [labels, colon, statements])
    {
    }

    public SeparatedSyntaxList<ExpressionSyntax> Labels => GetSeparatedList<ExpressionSyntax>(0);

    public SyntaxToken Colon => GetToken(1);

    public SyntaxList<StatementSyntax> Statements => GetList<StatementSyntax>(2);
}
