namespace PlcFleet.StructuredText.Syntax;

/// <summary>UNION members END_UNION (CODESYS).</summary>
public sealed class UnionTypeSyntax : TypeSyntax
{
    internal UnionTypeSyntax(SyntaxToken unionKeyword, SyntaxList<VariableDeclarationSyntax> members, SyntaxToken endKeyword)
        : base(SyntaxKind.UnionType)
    {
        UnionKeyword = unionKeyword;
        Members = members;
        EndKeyword = endKeyword;
        Initialize();
    }

    public SyntaxToken UnionKeyword { get; }

    public SyntaxList<VariableDeclarationSyntax> Members { get; }

    public SyntaxToken EndKeyword { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => UnionKeyword,
        1 => Members,
        2 => EndKeyword,
        _ => null,
    };
}
