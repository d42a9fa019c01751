using System.Diagnostics.CodeAnalysis;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>A computed constant, or the reason it cannot be computed (out of range, division by zero).</summary>
public sealed record ConstantResult(ConstantValue? Value, string? Error)
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    public static ConstantResult Ok(ConstantValue value) => new(value, null);

    public static ConstantResult Fail(string error) => new(null, error);
}
