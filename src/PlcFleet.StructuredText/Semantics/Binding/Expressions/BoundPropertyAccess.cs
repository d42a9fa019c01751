using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A property read or written (fbAxis.Velocity); Instance null inside the block.</summary>
public sealed record BoundPropertyAccess(SyntaxNode Syntax, BoundExpression? Instance, PouSymbol Property) : BoundExpression(Syntax, Property.ReturnType ?? ErrorType.Instance);
