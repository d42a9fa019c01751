using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>REPEAT ... UNTIL condition END_REPEAT.</summary>
public sealed record BoundRepeat(SyntaxNode Syntax, IReadOnlyList<BoundStatement> Statements, BoundExpression Condition) : BoundStatement(Syntax);
