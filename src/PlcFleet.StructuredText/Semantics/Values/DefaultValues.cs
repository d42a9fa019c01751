using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// The value a variable starts with when its declaration gives none (IEC 61131-3 3rd ed. Table 11): 0, FALSE,
/// T#0s, the empty string; the first member of an enumeration; the lower bound of a subrange that excludes 0.
/// Dates start at 1970-01-01 as on CODESYS and TwinCAT (the standard's 0001-01-01 is outside DT's range).
/// </summary>
public static class DefaultValues
{
    /// <summary>The default of a scalar type; null for arrays, structs, blocks and pointers, which are built from their parts.</summary>
    public static ConstantValue? For(StType type) => type switch
    {
        ElementaryType e => ForElementary(e),
        StringType s => new StringValue("", s),
        EnumType { Members.Count: > 0 } e => new EnumValue(e, e.Members[0]),
        SubrangeType r => new IntegerValue(r.Contains(0) ? 0 : r.Lower, r.BaseType),
        AliasType a => For(a.Target),
        _ => null,
    };

    private static ConstantValue ForElementary(ElementaryType type) => type.Category switch
    {
        TypeCategory.Bit when type == ElementaryType.Bool => BoolValue.False,
        TypeCategory.Bit or TypeCategory.SignedInteger or TypeCategory.UnsignedInteger => new IntegerValue(0, type),
        TypeCategory.Real => new RealValue(0, type),
        TypeCategory.Duration => new DurationValue(0, type),
        TypeCategory.Char => new CharValue('\0', type),
        _ => type.Kind switch
        {
            ElementaryTypeKind.Date or ElementaryTypeKind.LDate => new DateValue(new DateOnly(1970, 1, 1), type),
            ElementaryTypeKind.TimeOfDay or ElementaryTypeKind.LTimeOfDay => new TimeOfDayValue(0, type),
            _ => new DateAndTimeValue(0, type),
        },
    };
}
