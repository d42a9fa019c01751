using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>A DATE or LDATE, a calendar day.</summary>
public sealed record DateValue : ConstantValue
{
    public DateValue(DateOnly value, ElementaryType type)
        : base(type)
    {
        if (type.Kind is not (ElementaryTypeKind.Date or ElementaryTypeKind.LDate))
        {
            throw new ArgumentException($"{type.Name} is not DATE or LDATE.", nameof(type));
        }

        Value = value;
    }

    public DateOnly Value { get; }

    public override string ToString() => base.ToString();
}
