namespace PlcFleet.StructuredText.Syntax;

/// <summary>:= initial value of a variable, type or enumeration value.</summary>
public sealed class VariableInitializerSyntax : SyntaxNode
{
    internal VariableInitializerSyntax(SyntaxToken colonEquals, ExpressionSyntax @value)
        : base(SyntaxKind.VariableInitializer)
    {
        ColonEquals = colonEquals;
        Value = @value;
        Initialize();
    }

    public SyntaxToken ColonEquals { get; }

    public ExpressionSyntax Value { get; }

    internal override int SlotCount => 2;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ColonEquals,
        1 => Value,
        _ => null,
    };
}
