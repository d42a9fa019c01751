namespace PlcFleet.Simulation.Values;

/// <summary>
/// An elementary IEC 61131-3 type as the simulator sees it: its name, value family and, for integers, width and
/// signedness (bit strings such as WORD count as unsigned integers).
/// </summary>
public sealed record PlcType(string Name, PlcValueKind Kind, int BitWidth = 0, bool IsSigned = false)
{
    public static readonly PlcType Bool = new("BOOL", PlcValueKind.Bool, 1);
    public static readonly PlcType SInt = new("SINT", PlcValueKind.Integer, 8, true);
    public static readonly PlcType Int = new("INT", PlcValueKind.Integer, 16, true);
    public static readonly PlcType DInt = new("DINT", PlcValueKind.Integer, 32, true);
    public static readonly PlcType LInt = new("LINT", PlcValueKind.Integer, 64, true);
    public static readonly PlcType USInt = new("USINT", PlcValueKind.Integer, 8);
    public static readonly PlcType UInt = new("UINT", PlcValueKind.Integer, 16);
    public static readonly PlcType UDInt = new("UDINT", PlcValueKind.Integer, 32);
    public static readonly PlcType ULInt = new("ULINT", PlcValueKind.Integer, 64);
    public static readonly PlcType Byte = new("BYTE", PlcValueKind.Integer, 8);
    public static readonly PlcType Word = new("WORD", PlcValueKind.Integer, 16);
    public static readonly PlcType DWord = new("DWORD", PlcValueKind.Integer, 32);
    public static readonly PlcType LWord = new("LWORD", PlcValueKind.Integer, 64);
    public static readonly PlcType Real = new("REAL", PlcValueKind.Real, 32, true);
    public static readonly PlcType LReal = new("LREAL", PlcValueKind.Real, 64, true);
    public static readonly PlcType Time = new("TIME", PlcValueKind.Time, 64, true);
    public static readonly PlcType LTime = new("LTIME", PlcValueKind.Time, 64, true);
    public static readonly PlcType String = new("STRING", PlcValueKind.String);
    public static readonly PlcType WString = new("WSTRING", PlcValueKind.String);

    private static readonly Dictionary<string, PlcType> ByName = new[]
    {
        Bool, SInt, Int, DInt, LInt, USInt, UInt, UDInt, ULInt, Byte, Word, DWord, LWord, Real, LReal, Time, LTime,
        String, WString,
    }.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Smallest value of an integer type (ULINT/LWORD are clamped to the range a long can hold).</summary>
    public long MinInteger => Kind != PlcValueKind.Integer ? 0 : IsSigned ? BitWidth >= 64 ? long.MinValue : -(1L << (BitWidth - 1)) : 0;

    /// <summary>Largest value of an integer type.</summary>
    public long MaxInteger => Kind != PlcValueKind.Integer ? 0
        : BitWidth >= 64 ? long.MaxValue
        : IsSigned ? (1L << (BitWidth - 1)) - 1 : (1L << BitWidth) - 1;

    /// <summary>Finds an elementary type by its IEC name (case-insensitive); STRING(80) counts as STRING.</summary>
    public static PlcType? FromName(string name)
    {
        var trimmed = name.Trim();
        var paren = trimmed.IndexOfAny(['(', '[']);
        if (paren > 0)
        {
            trimmed = trimmed[..paren].Trim();
        }

        return ByName.GetValueOrDefault(trimmed);
    }

    public override string ToString() => Name;
}
