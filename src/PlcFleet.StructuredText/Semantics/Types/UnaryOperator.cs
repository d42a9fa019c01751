namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>The unary operators of ST: <c>-x</c> and <c>NOT x</c>.</summary>
public enum UnaryOperator
{
    Negate,
    Not,
}
