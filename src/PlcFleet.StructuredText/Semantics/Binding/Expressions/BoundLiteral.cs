using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A literal; IsUntyped when it took its type from context (5 used as an INT).</summary>
public sealed record BoundLiteral(SyntaxNode Syntax, ConstantValue Value, bool IsUntyped) : BoundExpression(Syntax, Value.Type, Value);
