using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A function or method call used as a statement (its result is discarded).</summary>
public sealed record BoundCallStatement(SyntaxNode Syntax, BoundCall Call) : BoundStatement(Syntax);
