using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>instance.member: a struct field or a function block input/output/local.</summary>
public sealed record BoundMember(SyntaxNode Syntax, BoundExpression Instance, VariableSymbol Member) : BoundExpression(Syntax, Member.Type);
