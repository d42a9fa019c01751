using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>left op right; OperandType is the common type both sides are converted to (null for time arithmetic).</summary>
public sealed record BoundBinary(SyntaxNode Syntax, BinaryOperator Operator, BoundExpression Left, BoundExpression Right, StType ResultType, StType? OperandType, ConstantValue? Value) : BoundExpression(Syntax, ResultType, Value);
