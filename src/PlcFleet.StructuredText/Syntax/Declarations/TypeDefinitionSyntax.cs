namespace PlcFleet.StructuredText.Syntax;

/// <summary>One data type inside TYPE: name [EXTENDS base] : type [:= initial value];</summary>
public sealed class TypeDefinitionSyntax : SyntaxNode
{
    internal TypeDefinitionSyntax(SyntaxToken name, ExtendsClauseSyntax? extends, SyntaxList<BlockAttributeSyntax> headers, SyntaxToken? colon, TypeSyntax @type, VariableInitializerSyntax? initializer, SyntaxToken? semicolon)
        : base(SyntaxKind.TypeDefinition)
    {
        Name = name;
        Extends = extends;
        Headers = headers;
        Colon = colon;
        Type = @type;
        Initializer = initializer;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken Name { get; }

    public ExtendsClauseSyntax? Extends { get; }

    public SyntaxList<BlockAttributeSyntax> Headers { get; }

    public SyntaxToken? Colon { get; }

    public TypeSyntax Type { get; }

    public VariableInitializerSyntax? Initializer { get; }

    public SyntaxToken? Semicolon { get; }

    internal override int SlotCount => 7;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => Extends,
        2 => Headers,
        3 => Colon,
        4 => Type,
        5 => Initializer,
        6 => Semicolon,
        _ => null,
    };
}
