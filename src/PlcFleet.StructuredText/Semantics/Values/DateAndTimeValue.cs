using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// A DT or LDT as nanoseconds since 1970-01-01-00:00:00, which is exactly the standard's LDT representation
/// (signed 64 bits: years 1677 to 2262).
/// </summary>
public sealed record DateAndTimeValue : ConstantValue
{
    public DateAndTimeValue(long nanosecondsSinceEpoch, ElementaryType type)
        : base(type)
    {
        if (type.Kind is not (ElementaryTypeKind.DateAndTime or ElementaryTypeKind.LDateAndTime))
        {
            throw new ArgumentException($"{type.Name} is not DT or LDT.", nameof(type));
        }

        NanosecondsSinceEpoch = nanosecondsSinceEpoch;
    }

    public long NanosecondsSinceEpoch { get; }

    public DateTime ToDateTime() => DateTime.UnixEpoch.AddTicks(NanosecondsSinceEpoch / 100);

    public override string ToString() => base.ToString();
}
