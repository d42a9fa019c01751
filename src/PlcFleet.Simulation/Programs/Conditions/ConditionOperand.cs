using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Programs.Conditions;

/// <summary>
/// A compiled sub-expression of a condition: its IEC type, known when compiling, and a reader of its value.
/// Untyped literals (<c>5</c>, <c>1.5</c>) take the type of the other operand, as in ST.
/// </summary>
internal sealed record ConditionOperand(PlcType Type, Func<PlcValue> Read, bool IsUntypedLiteral = false)
{
    public PlcValueKind Kind => Type.Kind;

    public static ConditionOperand Constant(PlcValue value, bool untyped = false) => new(value.Type, () => value, untyped);
}
