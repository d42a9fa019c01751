using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>A CHAR or WCHAR (IEC 3rd ed.), e.g. <c>CHAR#'A'</c>.</summary>
public sealed record CharValue : ConstantValue
{
    public CharValue(char value, ElementaryType type)
        : base(type)
    {
        if (type.Category != TypeCategory.Char)
        {
            throw new ArgumentException($"{type.Name} is not CHAR or WCHAR.", nameof(type));
        }

        if (!type.Contains(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"U+{(int)value:X4} does not fit {type.Name}.");
        }

        Value = value;
    }

    public char Value { get; }

    public override string ToString() => base.ToString();
}
