namespace PlcFleet.StructuredText.Syntax;

/// <summary>:= initial value of a variable, type or enumeration value.</summary>
public sealed class VariableInitializerSyntax : SyntaxNode
{
    internal VariableInitializerSyntax(SyntaxToken colonEquals, ExpressionSyntax @value)
        : base(SyntaxKind.VariableInitializer, [colonEquals, @value])
    {
    }

    public SyntaxToken ColonEquals => GetToken(0);

    public ExpressionSyntax Value => GetNode<ExpressionSyntax>(1);
}
