using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>pointer^ (or a REFERENCE read through).</summary>
public sealed record BoundDeref(SyntaxNode Syntax, BoundExpression Pointer, StType TargetType) : BoundExpression(Syntax, TargetType);
