using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>JMP label; Target is the label statement, null when undeclared.</summary>
public sealed record BoundJump(SyntaxNode Syntax, string Label, BoundLabel? Target) : BoundStatement(Syntax);
