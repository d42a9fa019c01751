using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>EXIT: leaves the innermost loop.</summary>
public sealed record BoundExit(SyntaxNode Syntax) : BoundStatement(Syntax);
