using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A direct address used in code (%IX0.1).</summary>
public sealed record BoundDirectAddress(SyntaxNode Syntax, string Address, StType AddressType) : BoundExpression(Syntax, AddressType);
