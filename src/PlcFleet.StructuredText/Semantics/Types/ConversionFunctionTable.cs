using System.Collections.Frozen;
using static PlcFleet.StructuredText.Semantics.Types.ElementaryType;

namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// Which <c>*_TO_*</c> functions exist. The conversion classifier and the standard library catalog both read this
/// table, so "needs an explicit conversion" and "the conversion function exists" never disagree.
/// </summary>
public static class ConversionFunctionTable
{
    private static readonly StType[] NumbersAndBits =
        [Bool, ElementaryType.Byte, Word, DWord, LWord, SInt, Int, DInt, LInt, USInt, UInt, UDInt, ULInt, Real, LReal];

    // IEC 61131-3 3rd ed. Table 22: date and time conversions that the standard itself defines.
    private static readonly (StType From, StType To)[] StandardDateTime =
    [
        (Time, LTime), (LTime, Time),
        (DateAndTime, LDateAndTime), (LDateAndTime, DateAndTime),
        (LDateAndTime, Date), (LDateAndTime, LTimeOfDay), (LDateAndTime, TimeOfDay),
        (DateAndTime, Date), (DateAndTime, LTimeOfDay), (DateAndTime, TimeOfDay),
        (LTimeOfDay, TimeOfDay), (TimeOfDay, LTimeOfDay),
        (Date, LDate), (LDate, Date),
    ];

    // Table 22: character conversions.
    private static readonly (StType From, StType To)[] StandardChars =
    [
        (StringType.WString, StringType.String), (StringType.String, StringType.WString),
        (StringType.WString, WChar), (StringType.String, ElementaryType.Char),
        (WChar, StringType.WString), (ElementaryType.Char, StringType.String),
        (WChar, ElementaryType.Char), (ElementaryType.Char, WChar),
        (ElementaryType.Byte, ElementaryType.Char), (Word, WChar), (ElementaryType.Char, ElementaryType.Byte), (ElementaryType.Char, Word), (ElementaryType.Char, DWord), (ElementaryType.Char, LWord),
        (WChar, Word), (WChar, DWord), (WChar, LWord),
    ];

    private static readonly StType[] Durations = [Time, LTime];

    private static readonly StType[] Dates = [Date, LDate, TimeOfDay, LTimeOfDay, DateAndTime, LDateAndTime];

    public static IReadOnlyList<ConversionFunctionPair> All { get; } = Build();

    private static readonly FrozenDictionary<(StType, StType), ConversionFunctionPair> ByPair =
        All.ToFrozenDictionary(p => (p.From, p.To));

    private static readonly FrozenDictionary<string, ConversionFunctionPair> ByName =
        All.ToFrozenDictionary(p => p.FunctionName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The conversion function from one type to another; strings of any length use the STRING entry.</summary>
    public static ConversionFunctionPair? Find(StType from, StType to) =>
        ByPair.GetValueOrDefault((Normalize(from), Normalize(to)));

    public static ConversionFunctionPair? Find(string functionName) => ByName.GetValueOrDefault(functionName);

    private static StType Normalize(StType type) => type.Underlying switch
    {
        StringType s => s.IsWide ? StringType.WString : StringType.String,
        var t => t,
    };

    private static List<ConversionFunctionPair> Build()
    {
        var pairs = new List<ConversionFunctionPair>();
        void Add(StType from, StType to, bool vendor)
        {
            if (!from.Equals(to) && !pairs.Any(p => p.From.Equals(from) && p.To.Equals(to)))
            {
                pairs.Add(new ConversionFunctionPair(from, to, vendor));
            }
        }

        foreach (var from in NumbersAndBits)
        {
            foreach (var to in NumbersAndBits)
            {
                Add(from, to, vendor: false);
            }
        }

        foreach (var (from, to) in StandardDateTime.Concat(StandardChars))
        {
            Add(from, to, vendor: false);
        }

        // CODESYS/TwinCAT: durations and dates as integer counts (ms, s since 1970), and everything to and from text.
        foreach (var number in NumbersAndBits.Where(t => t != Bool))
        {
            foreach (var temporal in Durations.Concat(Dates))
            {
                Add(number, temporal, vendor: true);
                Add(temporal, number, vendor: true);
            }
        }

        foreach (var value in NumbersAndBits.Concat(Durations).Concat(Dates))
        {
            foreach (var text in new StType[] { StringType.String, StringType.WString })
            {
                Add(value, text, vendor: true);
                Add(text, value, vendor: true);
            }
        }

        return pairs;
    }
}
