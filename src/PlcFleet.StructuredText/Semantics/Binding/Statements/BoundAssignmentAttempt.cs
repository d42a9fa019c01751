using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// target ?= value; (IEC 61131-3 ed. 3 assignment attempt): the target receives the reference or interface when the
/// instance behind it has the target's type, else NULL. Which it is depends on the instance at run time.
/// </summary>
public sealed record BoundAssignmentAttempt(SyntaxNode Syntax, BoundExpression Target, BoundExpression Value) : BoundStatement(Syntax);
