using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// A whole number of an integer or bit-string type (INT, UDINT, BYTE, LWORD...). Int128 holds every value from
/// LINT's minimum to ULINT's maximum; the value always lies within the type's range.
/// </summary>
public sealed record IntegerValue : ConstantValue
{
    public IntegerValue(Int128 value, ElementaryType type)
        : base(type)
    {
        if (!type.IsIntegral || type == ElementaryType.Bool || type.Category == TypeCategory.Char)
        {
            throw new ArgumentException($"{type.Name} is not an integer or bit-string type.", nameof(type));
        }

        if (!type.Contains(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"{value} does not fit {type.Name}.");
        }

        Value = value;
    }

    public Int128 Value { get; }

    public ElementaryType IntegerType => (ElementaryType)Type;

    public override string ToString() => base.ToString();
}
