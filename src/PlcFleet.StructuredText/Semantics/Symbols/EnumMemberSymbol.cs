using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>One value of an enumeration type (E_State.Running).</summary>
public sealed class EnumMemberSymbol : Symbol
{
    internal EnumMemberSymbol(EnumType type, EnumMember member, SyntaxNode? declaration)
        : base(member.Name, declaration)
    {
        Type = type;
        Member = member;
        Value = new EnumValue(type, member);
    }

    public EnumType Type { get; }

    public EnumMember Member { get; }

    public EnumValue Value { get; }
}
