namespace PlcFleet.StructuredText.Syntax;

/// <summary>NAMESPACE Name.Space declarations END_NAMESPACE (IEC 61131-3 ed. 3, SIMATIC AX).</summary>
public sealed class NamespaceDeclarationSyntax : DeclarationSyntax
{
    internal NamespaceDeclarationSyntax(SyntaxToken namespaceKeyword, ExpressionSyntax name, SyntaxList<DeclarationSyntax> declarations, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.NamespaceDeclaration)
    {
        NamespaceKeyword = namespaceKeyword;
        Name = name;
        Declarations = declarations;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken NamespaceKeyword { get; }

    /// <summary>The (possibly dotted) namespace name.</summary>
    public ExpressionSyntax Name { get; }

    public SyntaxList<DeclarationSyntax> Declarations { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => NamespaceKeyword,
        1 => Name,
        2 => Declarations,
        3 => EndKeyword,
        4 => Semicolon,
        _ => null,
    };
}
