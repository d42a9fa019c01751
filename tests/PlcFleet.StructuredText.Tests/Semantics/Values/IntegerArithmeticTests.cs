using FsCheck.Xunit;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;

namespace PlcFleet.StructuredText.Tests.Semantics.Values;

public sealed class IntegerArithmeticTests
{
    [Theory]
    [InlineData("SINT", 127, 1, -128)]
    [InlineData("SINT", -128, -1, 127)]
    [InlineData("USINT", 255, 1, 0)]
    [InlineData("INT", 32767, 1, -32768)]
    [InlineData("UINT", 0, -1, 65535)]
    [InlineData("DINT", 2147483647, 1, -2147483648)]
    [InlineData("UDINT", 4294967295, 1, 0)]
    [InlineData("BYTE", 200, 100, 44)]
    [InlineData("WORD", 65535, 2, 1)]
    [InlineData("LINT", 9223372036854775807, 1, -9223372036854775808)]
    public void Add_wraps_at_the_width_of_the_type(string type, long a, long b, long expected)
    {
        Assert.True(ElementaryType.TryLookup(type, out var t));
        Assert.Equal((Int128)expected, IntegerArithmetic.Add(a, b, t));
    }

    [Fact]
    public void ULINT_wraps_at_64_bits()
    {
        Assert.Equal(Int128.Zero, IntegerArithmetic.Add(ulong.MaxValue, 1, ElementaryType.ULInt));
        Assert.Equal((Int128)(ulong.MaxValue - 1), IntegerArithmetic.Multiply(ulong.MaxValue, 2, ElementaryType.ULInt));
        Assert.Equal((Int128)1, IntegerArithmetic.Multiply(ulong.MaxValue, ulong.MaxValue, ElementaryType.ULInt));
    }

    [Theory]
    [InlineData(7, 2, 3, 1)]
    [InlineData(-7, 2, -3, -1)]
    [InlineData(7, -2, -3, 1)]
    [InlineData(-7, -2, 3, -1)]
    public void Division_truncates_toward_zero_and_mod_takes_the_dividend_sign(int a, int b, int quotient, int remainder)
    {
        Assert.True(IntegerArithmetic.TryDivide(a, b, ElementaryType.Int, out var q));
        Assert.True(IntegerArithmetic.TryModulo(a, b, ElementaryType.Int, out var r));
        Assert.Equal((Int128)quotient, q);
        Assert.Equal((Int128)remainder, r);
    }

    [Fact]
    public void Division_by_zero_is_refused_and_minimum_over_minus_one_wraps()
    {
        Assert.False(IntegerArithmetic.TryDivide(10, 0, ElementaryType.DInt, out _));
        Assert.False(IntegerArithmetic.TryModulo(10, 0, ElementaryType.DInt, out _));
        Assert.True(IntegerArithmetic.TryDivide(short.MinValue, -1, ElementaryType.Int, out var q));
        Assert.Equal((Int128)short.MinValue, q);
    }

    [Theory]
    [InlineData("BYTE", 0b1000_0001, 1, 0b0000_0010, 0b0100_0000, 0b0000_0011, 0b1100_0000)]
    [InlineData("WORD", 0x8001, 4, 0x0010, 0x0800, 0x0018, 0x1800)]
    [InlineData("BYTE", 0xFF, 8, 0, 0, 0xFF, 0xFF)]
    [InlineData("DWORD", 0x8000_0000, 1, 0, 0x4000_0000, 1, 0x4000_0000)]
    public void Shifts_and_rotations_stay_within_the_width(string type, long value, int n, long shl, long shr, long rol, long ror)
    {
        Assert.True(ElementaryType.TryLookup(type, out var t));
        Assert.Equal((Int128)shl, IntegerArithmetic.ShiftLeft(value, n, t));
        Assert.Equal((Int128)shr, IntegerArithmetic.ShiftRight(value, n, t));
        Assert.Equal((Int128)rol, IntegerArithmetic.RotateLeft(value, n, t));
        Assert.Equal((Int128)ror, IntegerArithmetic.RotateRight(value, n, t));
    }

    [Fact]
    public void SHR_of_a_negative_signed_value_is_logical()
    {
        // INT -2 is 16#FFFE; a logical shift brings in a zero: 16#7FFF.
        Assert.Equal((Int128)0x7FFF, IntegerArithmetic.ShiftRight(-2, 1, ElementaryType.Int));
    }

    [Fact]
    public void NOT_complements_within_the_width()
    {
        Assert.Equal((Int128)0xF0, IntegerArithmetic.Not(0x0F, ElementaryType.Byte));
        Assert.Equal(Int128.Zero, IntegerArithmetic.Not(1, ElementaryType.Bool));
        Assert.Equal((Int128)(-1), IntegerArithmetic.Not(0, ElementaryType.DInt));
    }

    [Property]
    public bool SINT_add_equals_unchecked_sbyte(sbyte a, sbyte b) =>
        IntegerArithmetic.Add(a, b, ElementaryType.SInt) == unchecked((sbyte)(a + b));

    [Property]
    public bool INT_multiply_equals_unchecked_short(short a, short b) =>
        IntegerArithmetic.Multiply(a, b, ElementaryType.Int) == unchecked((short)(a * b));

    [Property]
    public bool UINT_subtract_equals_unchecked_ushort(ushort a, ushort b) =>
        IntegerArithmetic.Subtract(a, b, ElementaryType.UInt) == unchecked((ushort)(a - b));

    [Property]
    public bool DINT_add_and_multiply_equal_unchecked_int(int a, int b) =>
        IntegerArithmetic.Add(a, b, ElementaryType.DInt) == unchecked(a + b)
        && IntegerArithmetic.Multiply(a, b, ElementaryType.DInt) == unchecked(a * b);

    [Property]
    public bool UDINT_add_equals_unchecked_uint(uint a, uint b) =>
        IntegerArithmetic.Add(a, b, ElementaryType.UDInt) == unchecked(a + b);

    [Property]
    public bool LINT_multiply_equals_unchecked_long(long a, long b) =>
        IntegerArithmetic.Multiply(a, b, ElementaryType.LInt) == unchecked(a * b);

    [Property]
    public bool ULINT_multiply_equals_unchecked_ulong(ulong a, ulong b) =>
        IntegerArithmetic.Multiply(a, b, ElementaryType.ULInt) == unchecked(a * b);

    [Property]
    public bool Rotating_left_then_right_restores_a_word(ushort value, byte n) =>
        IntegerArithmetic.RotateRight(IntegerArithmetic.RotateLeft(value, n, ElementaryType.Word), n, ElementaryType.Word) == value;

    [Property]
    public bool DINT_division_matches_csharp_when_defined(int a, int b) =>
        b == 0 || (a == int.MinValue && b == -1)
        || (IntegerArithmetic.TryDivide(a, b, ElementaryType.DInt, out var q) && q == a / b
            && IntegerArithmetic.TryModulo(a, b, ElementaryType.DInt, out var r) && r == a % b);
}
