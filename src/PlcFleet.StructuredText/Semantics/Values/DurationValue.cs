using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// A TIME or LTIME as signed nanoseconds. IEC leaves TIME's resolution to the implementation; nanoseconds cover
/// LTIME exactly and TIME (milliseconds on most PLCs) without loss.
/// </summary>
public sealed record DurationValue : ConstantValue
{
    public const long NanosecondsPerMillisecond = 1_000_000;

    public DurationValue(long nanoseconds, ElementaryType type)
        : base(type)
    {
        if (type.Category != TypeCategory.Duration)
        {
            throw new ArgumentException($"{type.Name} is not TIME or LTIME.", nameof(type));
        }

        Nanoseconds = nanoseconds;
    }

    public long Nanoseconds { get; }

    public TimeSpan ToTimeSpan() => TimeSpan.FromTicks(Nanoseconds / 100);

    public static DurationValue FromMilliseconds(long milliseconds) =>
        new(checked(milliseconds * NanosecondsPerMillisecond), ElementaryType.Time);

    public override string ToString() => base.ToString();
}
