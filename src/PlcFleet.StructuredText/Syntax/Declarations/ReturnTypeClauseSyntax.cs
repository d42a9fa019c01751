namespace PlcFleet.StructuredText.Syntax;

/// <summary>: type after a function, method or property name.</summary>
public sealed class ReturnTypeClauseSyntax : SyntaxNode
{
    internal ReturnTypeClauseSyntax(SyntaxToken colon, TypeSyntax @type)
        : base(SyntaxKind.ReturnTypeClause)
    {
        Colon = colon;
        Type = @type;
        Initialize();
    }

    public SyntaxToken Colon { get; }

    public TypeSyntax Type { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Colon,
        1 => Type,
        _ => null,
    };
}
