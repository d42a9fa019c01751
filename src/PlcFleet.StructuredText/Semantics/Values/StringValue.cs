using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>A STRING or WSTRING value with its escapes already resolved.</summary>
public sealed record StringValue(string Value, StringType StringType) : ConstantValue(StringType)
{
    /// <summary>A literal's own type: as long as its text, so it widens into any STRING that can hold it.</summary>
    public static StringValue Literal(string value, bool isWide) => new(value, new StringType(isWide, Math.Max(1, value.Length)));

    public override string ToString() => base.ToString();
}
