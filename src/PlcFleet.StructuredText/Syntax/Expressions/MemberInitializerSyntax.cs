namespace PlcFleet.StructuredText.Syntax;

/// <summary>member := value inside a structure initializer.</summary>
public sealed class MemberInitializerSyntax : SyntaxNode
{
    internal MemberInitializerSyntax(SyntaxToken name, SyntaxToken colonEquals, ExpressionSyntax @value)
        : base(SyntaxKind.MemberInitializer, [name, colonEquals, @value])
    {
    }

    public SyntaxToken Name => GetToken(0);

    public SyntaxToken ColonEquals => GetToken(1);

    public ExpressionSyntax Value => GetNode<ExpressionSyntax>(2);
}
