using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>RETURN: leaves the POU for this scan.</summary>
public sealed record BoundReturn(SyntaxNode Syntax) : BoundStatement(Syntax);
