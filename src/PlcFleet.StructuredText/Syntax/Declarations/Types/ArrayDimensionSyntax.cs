namespace PlcFleet.StructuredText.Syntax;

/// <summary>One array dimension: lower..upper, or * for a variable-length array.</summary>
public sealed class ArrayDimensionSyntax : SyntaxNode
{
    internal ArrayDimensionSyntax(ExpressionSyntax? lower, SyntaxToken? dotDot, ExpressionSyntax? upper, SyntaxToken? star)
        : base(SyntaxKind.ArrayDimension)
    {
        Lower = lower;
        DotDot = dotDot;
        Upper = upper;
        Star = star;
        Initialize();
    }

    public ExpressionSyntax? Lower { get; }

    public SyntaxToken? DotDot { get; }

    public ExpressionSyntax? Upper { get; }

    public SyntaxToken? Star { get; }

    internal override int SlotCount => 4;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Lower,
        1 => DotDot,
        2 => Upper,
        3 => Star,
        _ => null,
    };
}
