namespace PlcFleet.StructuredText.Syntax;

/// <summary>name [, name] [AT %address] : type [:= initial value];</summary>
public sealed class VariableDeclarationSyntax : SyntaxNode
{
    internal VariableDeclarationSyntax(SeparatedSyntaxList<SyntaxToken> names, AtClauseSyntax? at, SyntaxToken colon, TypeSyntax @type, VariableInitializerSyntax? initializer, SyntaxToken semicolon)
        : base(SyntaxKind.VariableDeclaration)
    {
        Names = names;
        At = at;
        Colon = colon;
        Type = @type;
        Initializer = initializer;
        Semicolon = semicolon;
        Initialize();
    }

    public SeparatedSyntaxList<SyntaxToken> Names { get; }

    public AtClauseSyntax? At { get; }

    public SyntaxToken Colon { get; }

    public TypeSyntax Type { get; }

    public VariableInitializerSyntax? Initializer { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Names,
        1 => At,
        2 => Colon,
        3 => Type,
        4 => Initializer,
        5 => Semicolon,
        _ => null,
    };
}
