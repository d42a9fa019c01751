using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>IF ... ELSIF ... ELSE ... END_IF; branches in order, Else null when absent.</summary>
public sealed record BoundIf(SyntaxNode Syntax, IReadOnlyList<BoundConditionalBranch> Branches, IReadOnlyList<BoundStatement>? Else) : BoundStatement(Syntax);
