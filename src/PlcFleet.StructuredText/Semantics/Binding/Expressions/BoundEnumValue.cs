using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>An enumeration value (E_State.Running or, where unambiguous, Running).</summary>
public sealed record BoundEnumValue(SyntaxNode Syntax, EnumMemberSymbol Member) : BoundExpression(Syntax, Member.Type, Member.Value);
