using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>array[i, j]: Type is the element type.</summary>
public sealed record BoundIndex(SyntaxNode Syntax, BoundExpression Array, IReadOnlyList<BoundExpression> Indices, StType ElementType) : BoundExpression(Syntax, ElementType);
