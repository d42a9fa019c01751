namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// name [, name] [AT %address] : type [R_EDGE | F_EDGE] [:= initial value]; an I/O mapping may have no name
/// (<c>AT %IX1.1 : BOOL;</c>, then Names is empty).
/// </summary>
public sealed class VariableDeclarationSyntax : SyntaxNode
{
    internal VariableDeclarationSyntax(SeparatedSyntaxList<SyntaxToken> names, AtClauseSyntax? at, SyntaxToken colon, TypeSyntax @type, SyntaxToken? edge, VariableInitializerSyntax? initializer, SyntaxToken semicolon)
        : base(SyntaxKind.VariableDeclaration)
    {
        Names = names;
        At = at;
        Colon = colon;
        Type = @type;
        Edge = edge;
        Initializer = initializer;
        Semicolon = semicolon;
        Initialize();
    }

    public SeparatedSyntaxList<SyntaxToken> Names { get; }

    public AtClauseSyntax? At { get; }

    public SyntaxToken Colon { get; }

    public TypeSyntax Type { get; }

    /// <summary>R_EDGE or F_EDGE after a BOOL input: the block sees TRUE only in the call where the input rose (fell).</summary>
    public SyntaxToken? Edge { get; }

    public VariableInitializerSyntax? Initializer { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Names,
        1 => At,
        2 => Colon,
        3 => Type,
        4 => Edge,
        5 => Initializer,
        6 => Semicolon,
        _ => null,
    };
}
