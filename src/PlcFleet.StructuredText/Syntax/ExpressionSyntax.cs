namespace PlcFleet.StructuredText.Syntax;

/// <summary>An expression: operand, operator application, call, access or initializer.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
