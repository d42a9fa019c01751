namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>The binary operators of ST, independent of how the parser spells them (<c>&lt;&gt;</c>, <c>AND</c>, <c>&amp;</c>...).</summary>
public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    And,
    Or,
    Xor,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
