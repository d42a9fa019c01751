using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Syntax;

/// <summary>A child of a node: either a node or a token.</summary>
public readonly record struct SyntaxNodeOrToken
{
    public SyntaxNodeOrToken(SyntaxNode node) => Node = node;

    public SyntaxNodeOrToken(SyntaxToken token) => Token = token;

    public SyntaxNode? Node { get; }

    public SyntaxToken? Token { get; }

    public bool IsNode => Node is not null;

    public bool IsToken => Token is not null;

    public SyntaxKind Kind => Node?.Kind ?? Token!.Kind;

    public TextSpan FullSpan => Node?.FullSpan ?? Token!.FullSpan;

    public override string ToString() => Node?.ToString() ?? Token!.ToString();
}
