using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>One CASE label: a value, or a range Lower..Upper.</summary>
public sealed record BoundCaseLabel(SyntaxNode Syntax, BoundExpression Lower, BoundExpression? Upper) : BoundNode(Syntax);
