namespace PlcFleet.StructuredText.Syntax;

/// <summary>(member := value, ...) initial value of a structure or function block instance.</summary>
public sealed class StructInitializerSyntax : ExpressionSyntax
{
    internal StructInitializerSyntax(SyntaxToken openParen, SeparatedSyntaxList<MemberInitializerSyntax> members, SyntaxToken closeParen)
        : base(SyntaxKind.StructInitializer, [openParen, members, closeParen])
    {
    }

    public SyntaxToken OpenParen => GetToken(0);

    public SeparatedSyntaxList<MemberInitializerSyntax> Members => GetSeparatedList<MemberInitializerSyntax>(1);

    public SyntaxToken CloseParen => GetToken(2);
}
