using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>NULL: a pointer, REF_TO or interface that refers to nothing.</summary>
public sealed record BoundNull(SyntaxNode Syntax) : BoundExpression(Syntax, NullType.Instance);
