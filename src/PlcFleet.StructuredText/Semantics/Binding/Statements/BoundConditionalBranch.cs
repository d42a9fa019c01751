using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>IF or ELSIF: a condition and the statements it guards.</summary>
public sealed record BoundConditionalBranch(SyntaxNode Syntax, BoundExpression Condition, IReadOnlyList<BoundStatement> Statements) : BoundNode(Syntax);
