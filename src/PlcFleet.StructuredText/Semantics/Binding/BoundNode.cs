using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>A node of the bound tree: syntax with resolved symbols and types. Syntax links back to file:line:col.</summary>
public abstract record BoundNode(SyntaxNode Syntax);
