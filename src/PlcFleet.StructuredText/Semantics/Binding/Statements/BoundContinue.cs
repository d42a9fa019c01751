using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>CONTINUE: next iteration of the innermost loop.</summary>
public sealed record BoundContinue(SyntaxNode Syntax) : BoundStatement(Syntax);
