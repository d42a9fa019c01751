using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>x := value; (or REF= for references).</summary>
public sealed record BoundAssignment(SyntaxNode Syntax, BoundExpression Target, BoundExpression Value, bool IsReference = false) : BoundStatement(Syntax);
