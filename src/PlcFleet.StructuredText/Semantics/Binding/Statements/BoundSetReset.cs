using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>x S= cond; or x R= cond;: sets or resets a BOOL when the value is TRUE.</summary>
public sealed record BoundSetReset(SyntaxNode Syntax, BoundExpression Target, BoundExpression Value, bool IsSet) : BoundStatement(Syntax);
