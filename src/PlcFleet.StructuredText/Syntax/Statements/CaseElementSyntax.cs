namespace PlcFleet.StructuredText.Syntax;

/// <summary>Case labels (values, ranges, enumeration values) followed by a colon and statements.</summary>
public sealed class CaseElementSyntax : SyntaxNode
{
    internal CaseElementSyntax(SeparatedSyntaxList<ExpressionSyntax> labels, SyntaxToken colon, SyntaxList<StatementSyntax> statements)
        : base(SyntaxKind.CaseElement)
    {
        Labels = labels;
        Colon = colon;
        Statements = statements;
        Initialize();
    }

    public SeparatedSyntaxList<ExpressionSyntax> Labels { get; }

    public SyntaxToken Colon { get; }

    public SyntaxList<StatementSyntax> Statements { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Labels,
        1 => Colon,
        2 => Statements,
        _ => null,
    };
}
