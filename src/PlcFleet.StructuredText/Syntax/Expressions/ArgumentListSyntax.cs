namespace PlcFleet.StructuredText.Syntax;

/// <summary>( arguments ) of a call or of a TASK/program configuration.</summary>
public sealed class ArgumentListSyntax : SyntaxNode
{
    internal ArgumentListSyntax(SyntaxToken openParen, SeparatedSyntaxList<ArgumentSyntax> arguments, SyntaxToken closeParen)
        : base(SyntaxKind.ArgumentList)
    {
        OpenParen = openParen;
        Arguments = arguments;
        CloseParen = closeParen;
        Initialize();
    }

    public SyntaxToken OpenParen { get; }

    public SeparatedSyntaxList<ArgumentSyntax> Arguments { get; }

    public SyntaxToken CloseParen { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => OpenParen,
        1 => Arguments,
        2 => CloseParen,
        _ => null,
    };
}
