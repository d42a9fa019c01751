namespace PlcFleet.StructuredText.Syntax;

/// <summary>EXTENDS base [, base...] (interfaces may extend several).</summary>
public sealed class ExtendsClauseSyntax : SyntaxNode
{
    internal ExtendsClauseSyntax(SyntaxToken extendsKeyword, SeparatedSyntaxList<SyntaxToken> baseTypes)
        : base(SyntaxKind.ExtendsClause)
    {
        ExtendsKeyword = extendsKeyword;
        BaseTypes = baseTypes;
        Initialize();
    }

    public SyntaxToken ExtendsKeyword { get; }

    public SeparatedSyntaxList<SyntaxToken> BaseTypes { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ExtendsKeyword,
        1 => BaseTypes,
        _ => null,
    };
}
