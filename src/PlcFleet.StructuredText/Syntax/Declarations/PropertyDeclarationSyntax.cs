namespace PlcFleet.StructuredText.Syntax;

/// <summary>PROPERTY [modifiers] name : type with GET/SET accessors ... END_PROPERTY.</summary>
public sealed class PropertyDeclarationSyntax : DeclarationSyntax
{
    internal PropertyDeclarationSyntax(SyntaxToken propertyKeyword, SyntaxList<SyntaxToken> modifiers, SyntaxToken name, ReturnTypeClauseSyntax? returnType, SyntaxList<VarBlockSyntax> varBlocks, SyntaxList<PropertyAccessorSyntax> accessors, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.PropertyDeclaration)
    {
        PropertyKeyword = propertyKeyword;
        Modifiers = modifiers;
        Name = name;
        ReturnType = returnType;
        VarBlocks = varBlocks;
        Accessors = accessors;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken PropertyKeyword { get; }

    public SyntaxList<SyntaxToken> Modifiers { get; }

    public SyntaxToken Name { get; }

    public ReturnTypeClauseSyntax? ReturnType { get; }

    public SyntaxList<VarBlockSyntax> VarBlocks { get; }

    public SyntaxList<PropertyAccessorSyntax> Accessors { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 8;

    internal override object? GetSlot(int index) => index switch
    {
        0 => PropertyKeyword,
        1 => Modifiers,
        2 => Name,
        3 => ReturnType,
        4 => VarBlocks,
        5 => Accessors,
        6 => EndKeyword,
        7 => Semicolon,
        _ => null,
    };
}
