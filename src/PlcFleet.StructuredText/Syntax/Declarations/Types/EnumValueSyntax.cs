namespace PlcFleet.StructuredText.Syntax;

/// <summary>One enumeration value with an optional explicit value.</summary>
public sealed class EnumValueSyntax : SyntaxNode
{
    internal EnumValueSyntax(SyntaxToken name, VariableInitializerSyntax? initializer)
        : base(SyntaxKind.EnumValue, [name, initializer])
    {
    }

    public SyntaxToken Name => GetToken(0);

    public VariableInitializerSyntax? Initializer => GetOptionalNode<VariableInitializerSyntax>(1);
}
