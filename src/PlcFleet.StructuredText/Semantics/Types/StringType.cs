namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// STRING or WSTRING with its declared maximum length (IEC default 80 when none is given, as in <c>s : STRING;</c>).
/// Two string types are equal when width and length match.
/// </summary>
public sealed class StringType : StType
{
    public const int DefaultLength = 80;

    public StringType(bool isWide, int maxLength = DefaultLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        IsWide = isWide;
        MaxLength = maxLength;
    }

    public static StringType String { get; } = new(isWide: false);

    public static StringType WString { get; } = new(isWide: true);

    public bool IsWide { get; }

    public int MaxLength { get; }

    public string Keyword => IsWide ? "WSTRING" : "STRING";

    public override string Name => MaxLength == DefaultLength ? Keyword : $"{Keyword}({MaxLength})";

    public override bool Equals(StType? other) =>
        other is StringType s && s.IsWide == IsWide && s.MaxLength == MaxLength;

    public override int GetHashCode() => HashCode.Combine(IsWide, MaxLength);
}
