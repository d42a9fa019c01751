using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A statement that could not be bound; its diagnostic was already reported.</summary>
public sealed record BoundErrorStatement(SyntaxNode Syntax, IReadOnlyList<BoundExpression> Parts) : BoundStatement(Syntax);
