using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>FOR v := start TO end BY step DO ... END_FOR; Step null means 1.</summary>
public sealed record BoundFor(SyntaxNode Syntax, BoundExpression Variable, BoundExpression Start, BoundExpression End, BoundExpression? Step, IReadOnlyList<BoundStatement> Statements) : BoundStatement(Syntax);
