namespace PlcFleet.StructuredText.Syntax;

/// <summary>One call argument: positional value, input name := value, output name =&gt; variable, or NOT name =&gt; variable.</summary>
public sealed class ArgumentSyntax : SyntaxNode
{
    internal ArgumentSyntax(SyntaxToken? notKeyword, SyntaxToken? name, SyntaxToken? operatorToken, ExpressionSyntax? @value)
        : base(SyntaxKind.Argument, [notKeyword, name, operatorToken, @value])
    {
    }

    public SyntaxToken? NotKeyword => GetOptionalToken(0);

    public SyntaxToken? Name => GetOptionalToken(1);

    public SyntaxToken? OperatorToken => GetOptionalToken(2);

    public ExpressionSyntax? Value => GetOptionalNode<ExpressionSyntax>(3);
}
