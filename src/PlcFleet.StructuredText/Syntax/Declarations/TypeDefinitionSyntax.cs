namespace PlcFleet.StructuredText.Syntax;

/// <summary>One data type inside TYPE: name [EXTENDS base] : type [:= initial value];</summary>
public sealed class TypeDefinitionSyntax : SyntaxNode
{
    internal TypeDefinitionSyntax(SyntaxToken name, ExtendsClauseSyntax? extends, SyntaxList<BlockAttributeSyntax> headers, SyntaxToken? colon, TypeSyntax @type, VariableInitializerSyntax? initializer, SyntaxToken? semicolon)
        : base(SyntaxKind.TypeDefinition, [name, extends, headers, colon, @type, initializer, semicolon])
    {
    }

    public SyntaxToken Name => GetToken(0);

    public ExtendsClauseSyntax? Extends => GetOptionalNode<ExtendsClauseSyntax>(1);

    public SyntaxList<BlockAttributeSyntax> Headers => GetList<BlockAttributeSyntax>(2);

    public SyntaxToken? Colon => GetOptionalToken(3);

    public TypeSyntax Type => GetNode<TypeSyntax>(4);

    public VariableInitializerSyntax? Initializer => GetOptionalNode<VariableInitializerSyntax>(5);

    public SyntaxToken? Semicolon => GetOptionalToken(6);
}
