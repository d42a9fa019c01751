using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>An implicit conversion the binder inserted (INT widened to DINT, DINT to REAL in CODESYS).</summary>
public sealed record BoundConversion(SyntaxNode Syntax, BoundExpression Operand, StType TargetType, Conversion Conversion, ConstantValue? Value) : BoundExpression(Syntax, TargetType, Value);
