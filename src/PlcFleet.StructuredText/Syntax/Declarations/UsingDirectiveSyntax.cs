namespace PlcFleet.StructuredText.Syntax;

/// <summary>USING Name.Space, Other.Space; (IEC 61131-3 ed. 3, SIMATIC AX).</summary>
public sealed class UsingDirectiveSyntax : DeclarationSyntax
{
    internal UsingDirectiveSyntax(SyntaxToken usingKeyword, SeparatedSyntaxList<ExpressionSyntax> names, SyntaxToken semicolon)
        : base(SyntaxKind.UsingDirective)
    {
        UsingKeyword = usingKeyword;
        Names = names;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken UsingKeyword { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Names { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => UsingKeyword,
        1 => Names,
        2 => Semicolon,
        _ => null,
    };
}
