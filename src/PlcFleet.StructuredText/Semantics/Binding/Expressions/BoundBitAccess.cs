using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>word.3: one bit of a bit string, as BOOL.</summary>
public sealed record BoundBitAccess(SyntaxNode Syntax, BoundExpression Value, int Bit) : BoundExpression(Syntax, ElementaryType.Bool);
