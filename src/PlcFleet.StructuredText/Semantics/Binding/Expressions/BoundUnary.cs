using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>NOT x or -x.</summary>
public sealed record BoundUnary(SyntaxNode Syntax, UnaryOperator Operator, BoundExpression Operand, StType ResultType, ConstantValue? Value) : BoundExpression(Syntax, ResultType, Value);
