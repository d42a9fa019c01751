using System.Diagnostics.CodeAnalysis;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// The meaning of one literal: its value, or the error. <see cref="IsTyped"/> is false for plain <c>42</c> or
/// <c>1.5</c>, whose type comes from context (the binder fits them with <see cref="ConstantConversion.FitUntyped"/>);
/// such a value carries a provisional type (DINT, LINT or ULINT for integers by size, LREAL for reals).
/// </summary>
public sealed record LiteralResult(ConstantValue? Value, bool IsTyped, LiteralError? Error)
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    public static LiteralResult Typed(ConstantValue value) => new(value, true, null);

    public static LiteralResult Untyped(ConstantValue value) => new(value, false, null);

    public static LiteralResult Fail(int offset, string message) => new(null, false, new LiteralError(offset, message));
}
