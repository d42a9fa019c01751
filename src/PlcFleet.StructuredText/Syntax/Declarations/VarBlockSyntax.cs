namespace PlcFleet.StructuredText.Syntax;

/// <summary>VAR/VAR_INPUT/... [CONSTANT|RETAIN|PERSISTENT|NON_RETAIN] declarations END_VAR.</summary>
public sealed class VarBlockSyntax : SyntaxNode
{
    internal VarBlockSyntax(SyntaxToken keyword, SyntaxList<SyntaxToken> qualifiers, SyntaxList<VariableDeclarationSyntax> declarations, SyntaxToken endKeyword, SyntaxToken? semicolon)
        : base(SyntaxKind.VarBlock)
    {
        Keyword = keyword;
        Qualifiers = qualifiers;
        Declarations = declarations;
        EndKeyword = endKeyword;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken Keyword { get; }

    public SyntaxList<SyntaxToken> Qualifiers { get; }

    public SyntaxList<VariableDeclarationSyntax> Declarations { get; }

    public SyntaxToken EndKeyword { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 5;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Keyword,
        1 => Qualifiers,
        2 => Declarations,
        3 => EndKeyword,
        4 => Semicolon,
        _ => null,
    };
}
