namespace PlcFleet.StructuredText.Syntax;

/// <summary>member := value inside a structure initializer.</summary>
public sealed class MemberInitializerSyntax : SyntaxNode
{
    internal MemberInitializerSyntax(SyntaxToken name, SyntaxToken colonEquals, ExpressionSyntax @value)
        : base(SyntaxKind.MemberInitializer)
    {
        Name = name;
        ColonEquals = colonEquals;
        Value = @value;
        Initialize();
    }

    public SyntaxToken Name { get; }

    public SyntaxToken ColonEquals { get; }

    public ExpressionSyntax Value { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Name,
        1 => ColonEquals,
        2 => Value,
        _ => null,
    };
}
