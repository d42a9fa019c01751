using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// Integer and bit-string arithmetic with the wrap-around of a PLC register of the type's width: SINT 127 + 1 is
/// -128, UINT 0 - 1 is 65535. The constant folder and the scan-cycle simulator share these functions so compile-time
/// and run-time results agree.
/// </summary>
public static class IntegerArithmetic
{
    /// <summary>Keeps the low <c>SizeInBits</c> bits of a value and reads them as the type does (two's complement if signed).</summary>
    public static Int128 Wrap(Int128 value, ElementaryType type)
    {
        RequireIntegral(type);
        var bits = type.SizeInBits;
        var mask = (Int128.One << bits) - 1;
        var low = value & mask;
        if (type.IsSigned && ((low >> (bits - 1)) & 1) == 1)
        {
            low -= Int128.One << bits;
        }

        return low;
    }

    public static bool Overflows(Int128 value, ElementaryType type) => !type.Contains(value);

    public static Int128 Add(Int128 a, Int128 b, ElementaryType type) => Wrap(unchecked(a + b), type);

    public static Int128 Subtract(Int128 a, Int128 b, ElementaryType type) => Wrap(unchecked(a - b), type);

    // Int128 multiplication wraps modulo 2^128, which leaves the low 64 bits that ULINT keeps exact.
    public static Int128 Multiply(Int128 a, Int128 b, ElementaryType type) => Wrap(unchecked(a * b), type);

    public static Int128 Negate(Int128 a, ElementaryType type) => Wrap(unchecked(-a), type);

    /// <summary>Division truncates toward zero, as every PLC does; false on division by zero (a run-time error).</summary>
    public static bool TryDivide(Int128 a, Int128 b, ElementaryType type, out Int128 result)
    {
        result = 0;
        if (b == 0)
        {
            return false;
        }

        result = Wrap(a / b, type); // DINT -2147483648 / -1 wraps back to itself.
        return true;
    }

    /// <summary>MOD takes the sign of the dividend (-7 MOD 3 = -1), like C and CODESYS; false on MOD 0.</summary>
    public static bool TryModulo(Int128 a, Int128 b, ElementaryType type, out Int128 result)
    {
        result = 0;
        if (b == 0)
        {
            return false;
        }

        result = Wrap(a % b, type);
        return true;
    }

    public static Int128 And(Int128 a, Int128 b, ElementaryType type) => Wrap(a & b, type);

    public static Int128 Or(Int128 a, Int128 b, ElementaryType type) => Wrap(a | b, type);

    public static Int128 Xor(Int128 a, Int128 b, ElementaryType type) => Wrap(a ^ b, type);

    /// <summary>Bitwise complement within the width: NOT BYTE#16#0F = 16#F0, NOT TRUE = FALSE.</summary>
    public static Int128 Not(Int128 a, ElementaryType type) => Wrap(~a, type);

    /// <summary>SHL: bits shifted out are lost, zeros come in; a shift by the width or more gives 0.</summary>
    public static Int128 ShiftLeft(Int128 a, int n, ElementaryType type)
    {
        var bits = type.SizeInBits;
        return n >= bits || n < 0 ? 0 : Wrap(Unsigned(a, type) << n, type);
    }

    /// <summary>SHR is a logical shift: zeros come in from the left, whatever the sign.</summary>
    public static Int128 ShiftRight(Int128 a, int n, ElementaryType type)
    {
        var bits = type.SizeInBits;
        return n >= bits || n < 0 ? 0 : Wrap(Unsigned(a, type) >> n, type);
    }

    public static Int128 RotateLeft(Int128 a, int n, ElementaryType type)
    {
        var bits = type.SizeInBits;
        n = ((n % bits) + bits) % bits;
        var u = Unsigned(a, type);
        return n == 0 ? Wrap(u, type) : Wrap((u << n) | (u >> (bits - n)), type);
    }

    public static Int128 RotateRight(Int128 a, int n, ElementaryType type) => RotateLeft(a, type.SizeInBits - (((n % type.SizeInBits) + type.SizeInBits) % type.SizeInBits), type);

    /// <summary>The raw bit pattern of a value, as the unsigned number of the same width.</summary>
    public static Int128 Unsigned(Int128 a, ElementaryType type)
    {
        RequireIntegral(type);
        return a & ((Int128.One << type.SizeInBits) - 1);
    }

    private static void RequireIntegral(ElementaryType type)
    {
        if (!type.IsIntegral)
        {
            throw new ArgumentException($"{type.Name} is not an integer or bit-string type.", nameof(type));
        }
    }
}
