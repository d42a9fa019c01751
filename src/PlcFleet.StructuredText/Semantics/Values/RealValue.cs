using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>A REAL or LREAL. A REAL value is stored already rounded to single precision.</summary>
public sealed record RealValue : ConstantValue
{
    public RealValue(double value, ElementaryType type)
        : base(type)
    {
        if (!type.IsReal)
        {
            throw new ArgumentException($"{type.Name} is not REAL or LREAL.", nameof(type));
        }

        Value = type == ElementaryType.Real ? (float)value : value;
    }

    public double Value { get; }

    public override string ToString() => base.ToString();
}
