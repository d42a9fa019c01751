using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>CASE selector OF ... ELSE ... END_CASE.</summary>
public sealed record BoundCase(SyntaxNode Syntax, BoundExpression Selector, IReadOnlyList<BoundCaseElement> Elements, IReadOnlyList<BoundStatement>? Else) : BoundStatement(Syntax);
