namespace PlcFleet.StructuredText.Syntax;

/// <summary>STRUCT members END_STRUCT.</summary>
public sealed class StructTypeSyntax : TypeSyntax
{
    internal StructTypeSyntax(SyntaxToken structKeyword, SyntaxList<VariableDeclarationSyntax> members, SyntaxToken endKeyword)
        : base(SyntaxKind.StructType)
    {
        StructKeyword = structKeyword;
        Members = members;
        EndKeyword = endKeyword;
        Initialize();
    }

    public SyntaxToken StructKeyword { get; }

    public SyntaxList<VariableDeclarationSyntax> Members { get; }

    public SyntaxToken EndKeyword { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => StructKeyword,
        1 => Members,
        2 => EndKeyword,
        _ => null,
    };
}
