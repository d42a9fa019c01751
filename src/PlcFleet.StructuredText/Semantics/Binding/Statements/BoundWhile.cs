using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>WHILE condition DO ... END_WHILE.</summary>
public sealed record BoundWhile(SyntaxNode Syntax, BoundExpression Condition, IReadOnlyList<BoundStatement> Statements) : BoundStatement(Syntax);
