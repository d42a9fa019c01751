namespace PlcFleet.StructuredText.Syntax;

/// <summary>A name: variable, POU, enumeration value; also THIS and SUPER.</summary>
public sealed class IdentifierNameSyntax : ExpressionSyntax
{
    internal IdentifierNameSyntax(SyntaxToken identifier)
        : base(SyntaxKind.IdentifierName)
    {
        Identifier = identifier;
        Initialize();
    }

    public SyntaxToken Identifier { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Identifier,
        _ => null,
    };
}
