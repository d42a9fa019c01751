namespace PlcFleet.StructuredText.Syntax;

/// <summary>( arguments ) of a call or of a TASK/program configuration.</summary>
public sealed class ArgumentListSyntax : SyntaxNode
{
    internal ArgumentListSyntax(SyntaxToken openParen, SeparatedSyntaxList<ArgumentSyntax> arguments, SyntaxToken closeParen)
        : base(SyntaxKind.ArgumentList, [openParen, arguments, closeParen])
    {
    }

    public SyntaxToken OpenParen => GetToken(0);

    public SeparatedSyntaxList<ArgumentSyntax> Arguments => GetSeparatedList<ArgumentSyntax>(1);

    public SyntaxToken CloseParen => GetToken(2);
}
