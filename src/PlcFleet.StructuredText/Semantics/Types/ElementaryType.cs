using System.Collections.Frozen;

namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// One of the fixed-size elementary types (BOOL, INT, REAL, TIME, DT, CHAR...). There is exactly one instance per
/// kind, so reference equality is type equality. STRING and WSTRING carry a length and are <see cref="StringType"/>.
/// </summary>
public sealed class ElementaryType : StType
{
    private ElementaryType(ElementaryTypeKind kind, string name, int sizeInBits, TypeCategory category, bool isSigned,
        Int128? minValue = null, Int128? maxValue = null)
    {
        Kind = kind;
        Name = name;
        SizeInBits = sizeInBits;
        Category = category;
        IsSigned = isSigned;
        MinValue = minValue;
        MaxValue = maxValue;
    }

    public static ElementaryType Bool { get; } = new(ElementaryTypeKind.Bool, "BOOL", 1, TypeCategory.Bit, false, 0, 1);
    public static ElementaryType Byte { get; } = new(ElementaryTypeKind.Byte, "BYTE", 8, TypeCategory.Bit, false, 0, byte.MaxValue);
    public static ElementaryType Word { get; } = new(ElementaryTypeKind.Word, "WORD", 16, TypeCategory.Bit, false, 0, ushort.MaxValue);
    public static ElementaryType DWord { get; } = new(ElementaryTypeKind.DWord, "DWORD", 32, TypeCategory.Bit, false, 0, uint.MaxValue);
    public static ElementaryType LWord { get; } = new(ElementaryTypeKind.LWord, "LWORD", 64, TypeCategory.Bit, false, 0, ulong.MaxValue);
    public static ElementaryType SInt { get; } = new(ElementaryTypeKind.SInt, "SINT", 8, TypeCategory.SignedInteger, true, sbyte.MinValue, sbyte.MaxValue);
    public static ElementaryType Int { get; } = new(ElementaryTypeKind.Int, "INT", 16, TypeCategory.SignedInteger, true, short.MinValue, short.MaxValue);
    public static ElementaryType DInt { get; } = new(ElementaryTypeKind.DInt, "DINT", 32, TypeCategory.SignedInteger, true, int.MinValue, int.MaxValue);
    public static ElementaryType LInt { get; } = new(ElementaryTypeKind.LInt, "LINT", 64, TypeCategory.SignedInteger, true, long.MinValue, long.MaxValue);
    public static ElementaryType USInt { get; } = new(ElementaryTypeKind.USInt, "USINT", 8, TypeCategory.UnsignedInteger, false, 0, byte.MaxValue);
    public static ElementaryType UInt { get; } = new(ElementaryTypeKind.UInt, "UINT", 16, TypeCategory.UnsignedInteger, false, 0, ushort.MaxValue);
    public static ElementaryType UDInt { get; } = new(ElementaryTypeKind.UDInt, "UDINT", 32, TypeCategory.UnsignedInteger, false, 0, uint.MaxValue);
    public static ElementaryType ULInt { get; } = new(ElementaryTypeKind.ULInt, "ULINT", 64, TypeCategory.UnsignedInteger, false, 0, ulong.MaxValue);
    public static ElementaryType Real { get; } = new(ElementaryTypeKind.Real, "REAL", 32, TypeCategory.Real, true);
    public static ElementaryType LReal { get; } = new(ElementaryTypeKind.LReal, "LREAL", 64, TypeCategory.Real, true);
    public static ElementaryType Time { get; } = new(ElementaryTypeKind.Time, "TIME", 32, TypeCategory.Duration, true);
    public static ElementaryType LTime { get; } = new(ElementaryTypeKind.LTime, "LTIME", 64, TypeCategory.Duration, true);
    public static ElementaryType Date { get; } = new(ElementaryTypeKind.Date, "DATE", 32, TypeCategory.Date, false);
    public static ElementaryType LDate { get; } = new(ElementaryTypeKind.LDate, "LDATE", 64, TypeCategory.Date, false);
    public static ElementaryType TimeOfDay { get; } = new(ElementaryTypeKind.TimeOfDay, "TOD", 32, TypeCategory.Date, false);
    public static ElementaryType LTimeOfDay { get; } = new(ElementaryTypeKind.LTimeOfDay, "LTOD", 64, TypeCategory.Date, false);
    public static ElementaryType DateAndTime { get; } = new(ElementaryTypeKind.DateAndTime, "DT", 32, TypeCategory.Date, false);
    public static ElementaryType LDateAndTime { get; } = new(ElementaryTypeKind.LDateAndTime, "LDT", 64, TypeCategory.Date, false);
    public static ElementaryType Char { get; } = new(ElementaryTypeKind.Char, "CHAR", 8, TypeCategory.Char, false, 0, byte.MaxValue);
    public static ElementaryType WChar { get; } = new(ElementaryTypeKind.WChar, "WCHAR", 16, TypeCategory.Char, false, 0, ushort.MaxValue);

    public static IReadOnlyList<ElementaryType> All { get; } =
    [
        Bool, Byte, Word, DWord, LWord, SInt, Int, DInt, LInt, USInt, UInt, UDInt, ULInt, Real, LReal,
        Time, LTime, Date, LDate, TimeOfDay, LTimeOfDay, DateAndTime, LDateAndTime, Char, WChar,
    ];

    // The long spellings (TIME_OF_DAY, DATE_AND_TIME...) name the same types as the short ones.
    private static readonly FrozenDictionary<string, ElementaryType> ByName = All
        .Select(t => (t.Name, Type: t))
        .Concat(
        [
            ("TIME_OF_DAY", TimeOfDay), ("LTIME_OF_DAY", LTimeOfDay),
            ("DATE_AND_TIME", DateAndTime), ("LDATE_AND_TIME", LDateAndTime),
        ])
        .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    public ElementaryTypeKind Kind { get; }

    public override string Name { get; }

    public int SizeInBits { get; }

    public TypeCategory Category { get; }

    public bool IsSigned { get; }

    /// <summary>Smallest value of a bit, integer or character type; null for REAL, durations and dates.</summary>
    public Int128? MinValue { get; }

    /// <summary>Largest value of a bit, integer or character type; null for REAL, durations and dates.</summary>
    public Int128? MaxValue { get; }

    public bool IsInteger => Category is TypeCategory.SignedInteger or TypeCategory.UnsignedInteger;

    public bool IsReal => Category == TypeCategory.Real;

    public bool IsNumeric => IsInteger || IsReal;

    public bool IsBit => Category == TypeCategory.Bit;

    /// <summary>Integer, bit and character types hold whole numbers in a fixed width and wrap around.</summary>
    public bool IsIntegral => MinValue.HasValue;

    /// <summary>Significant binary digits a REAL or LREAL keeps (IEEE 754 mantissa plus the hidden bit).</summary>
    public int Precision => Kind switch
    {
        ElementaryTypeKind.Real => 24,
        ElementaryTypeKind.LReal => 53,
        _ => IsSigned ? SizeInBits - 1 : SizeInBits,
    };

    /// <summary>Looks up an elementary type by its IEC keyword, case-insensitive, including TOD/TIME_OF_DAY style spellings.</summary>
    public static bool TryLookup(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ElementaryType? type) =>
        ByName.TryGetValue(name, out type);

    public bool Contains(Int128 value) => MinValue is { } min && MaxValue is { } max && value >= min && value <= max;

    public override bool Equals(StType? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => (int)Kind;
}
