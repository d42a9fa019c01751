using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>A TOD or LTOD as nanoseconds since midnight, below 24 hours.</summary>
public sealed record TimeOfDayValue : ConstantValue
{
    public const long NanosecondsPerDay = 86_400L * 1_000_000_000;

    public TimeOfDayValue(long nanosecondsSinceMidnight, ElementaryType type)
        : base(type)
    {
        if (type.Kind is not (ElementaryTypeKind.TimeOfDay or ElementaryTypeKind.LTimeOfDay))
        {
            throw new ArgumentException($"{type.Name} is not TOD or LTOD.", nameof(type));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(nanosecondsSinceMidnight);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(nanosecondsSinceMidnight, NanosecondsPerDay);
        NanosecondsSinceMidnight = nanosecondsSinceMidnight;
    }

    public long NanosecondsSinceMidnight { get; }

    public override string ToString() => base.ToString();
}
