namespace PlcFleet.StructuredText.Syntax;

/// <summary>INTERFACE name [EXTENDS ...] with method and property prototypes ... END_INTERFACE.</summary>
public sealed class InterfaceDeclarationSyntax : DeclarationSyntax
{
    internal InterfaceDeclarationSyntax(SyntaxToken interfaceKeyword, SyntaxToken name, ExtendsClauseSyntax? extends, SyntaxList<DeclarationSyntax> members, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.InterfaceDeclaration)
    {
        InterfaceKeyword = interfaceKeyword;
        Name = name;
        Extends = extends;
        Members = members;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken InterfaceKeyword { get; }

    public SyntaxToken Name { get; }

    public ExtendsClauseSyntax? Extends { get; }

    public SyntaxList<DeclarationSyntax> Members { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 6;

    internal override object? GetSlot(int index) => index switch
    {
        0 => InterfaceKeyword,
        1 => Name,
        2 => Extends,
        3 => Members,
        4 => EndKeyword,
        5 => Semicolon,
        _ => null,
    };
}
