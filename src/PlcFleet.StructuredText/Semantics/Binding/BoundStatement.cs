using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A bound statement.</summary>
public abstract record BoundStatement(SyntaxNode Syntax) : BoundNode(Syntax);
