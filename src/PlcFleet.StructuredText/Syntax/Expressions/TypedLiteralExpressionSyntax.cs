namespace PlcFleet.StructuredText.Syntax;

/// <summary>type#value: INT#5, REAL#1.5, BOOL#TRUE, E_State#Running.</summary>
public sealed class TypedLiteralExpressionSyntax : ExpressionSyntax
{
    internal TypedLiteralExpressionSyntax(SyntaxToken typeName, SyntaxToken hash, ExpressionSyntax @value)
        : base(SyntaxKind.TypedLiteralExpression)
    {
        TypeName = typeName;
        Hash = hash;
        Value = @value;
        Initialize();
    }

    public SyntaxToken TypeName { get; }

    public SyntaxToken Hash { get; }

    public ExpressionSyntax Value { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => TypeName,
        1 => Hash,
        2 => Value,
        _ => null,
    };
}
