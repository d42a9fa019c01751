namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary><c>INT(0..100)</c>: an integer type whose values are limited to a range.</summary>
public sealed class SubrangeType : StType
{
    public SubrangeType(ElementaryType baseType, long lower, long upper)
    {
        if (!baseType.IsInteger)
        {
            throw new ArgumentException($"A subrange needs an integer base type, not {baseType.Name}.", nameof(baseType));
        }

        if (upper < lower || !baseType.Contains(lower) || !baseType.Contains(upper))
        {
            throw new ArgumentException($"Bounds {lower}..{upper} do not fit {baseType.Name}.", nameof(upper));
        }

        BaseType = baseType;
        Lower = lower;
        Upper = upper;
    }

    public ElementaryType BaseType { get; }

    public long Lower { get; }

    public long Upper { get; }

    public override string Name => $"{BaseType.Name}({Lower}..{Upper})";

    public override StType Underlying => BaseType;

    public bool Contains(long value) => value >= Lower && value <= Upper;

    public override bool Equals(StType? other) =>
        other is SubrangeType s && s.BaseType.Equals(BaseType) && s.Lower == Lower && s.Upper == Upper;

    public override int GetHashCode() => HashCode.Combine(BaseType, Lower, Upper);
}
