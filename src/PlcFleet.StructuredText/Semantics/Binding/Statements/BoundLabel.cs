using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>label: a jump target.</summary>
public sealed record BoundLabel(SyntaxNode Syntax, string Name) : BoundStatement(Syntax);
