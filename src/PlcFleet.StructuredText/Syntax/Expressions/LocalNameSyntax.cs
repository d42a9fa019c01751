namespace PlcFleet.StructuredText.Syntax;

/// <summary>Siemens #local: a variable of the block itself.</summary>
public sealed class LocalNameSyntax : ExpressionSyntax
{
    internal LocalNameSyntax(SyntaxToken hash, SyntaxToken identifier)
        : base(SyntaxKind.LocalName)
    {
        Hash = hash;
        Identifier = identifier;
        Initialize();
    }

    public SyntaxToken Hash { get; }

    public SyntaxToken Identifier { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Hash,
        1 => Identifier,
        _ => null,
    };
}
