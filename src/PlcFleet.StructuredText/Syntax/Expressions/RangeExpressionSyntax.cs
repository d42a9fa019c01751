namespace PlcFleet.StructuredText.Syntax;

/// <summary>lower..upper in CASE labels, array bounds and subranges.</summary>
public sealed class RangeExpressionSyntax : ExpressionSyntax
{
    internal RangeExpressionSyntax(ExpressionSyntax lower, SyntaxToken dotDot, ExpressionSyntax upper)
        : base(SyntaxKind.RangeExpression)
    {
        Lower = lower;
        DotDot = dotDot;
        Upper = upper;
        Initialize();
    }

    public ExpressionSyntax Lower { get; }

    public SyntaxToken DotDot { get; }

    public ExpressionSyntax Upper { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => Lower,
        1 => DotDot,
        2 => Upper,
        _ => null,
    };
}
