namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// How an operator applies to its operands: the type both operands are converted to before the operation and the
/// type of the result, or an error message the binder reports at the operator.
/// </summary>
public sealed record OperatorResolution(StType ResultType, StType? OperandType, string? Error)
{
    public bool Succeeded => Error is null;

    public static OperatorResolution Ok(StType result, StType? operand) => new(result, operand, null);

    public static OperatorResolution Fail(string error) => new(ErrorType.Instance, null, error);
}
