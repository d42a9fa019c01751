using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>An expression that could not be bound; its one diagnostic was already reported, so users of it stay silent.</summary>
public sealed record BoundError(SyntaxNode Syntax, IReadOnlyList<BoundExpression> Children) : BoundExpression(Syntax, ErrorType.Instance);
