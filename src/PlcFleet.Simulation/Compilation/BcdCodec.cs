namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Binary-coded decimal as thumbwheel switches and 7-segment displays wire it: one decimal digit per nibble.
/// A value that cannot be coded gives -1 (all bits set once wrapped to the result type), the error value CODESYS's
/// BCD_TO_INT / INT_TO_BCD return, so a bad switch reading stays visible instead of becoming a plausible number.
/// </summary>
internal static class BcdCodec
{
    /// <summary>BCD_TO_*: the number a BCD word of <paramref name="digits"/> nibbles holds, or -1 when a nibble is above 9.</summary>
    public static long Decode(long bcd, int digits)
    {
        long value = 0;
        for (var digit = digits - 1; digit >= 0; digit--)
        {
            var nibble = (bcd >> (digit * 4)) & 0xF;
            if (nibble > 9)
            {
                return -1;
            }

            value = (value * 10) + nibble;
        }

        return value;
    }

    /// <summary>*_TO_BCD: the BCD code of a number in <paramref name="digits"/> nibbles, or -1 when it is negative or too large.</summary>
    public static long Encode(long value, int digits)
    {
        if (value < 0 || (digits < 16 && value >= Pow10(digits)) || (digits >= 16 && (ulong)value >= 10_000_000_000_000_000UL))
        {
            return -1;
        }

        long bcd = 0;
        for (var digit = 0; value > 0; digit++)
        {
            bcd |= (value % 10) << (digit * 4);
            value /= 10;
        }

        return bcd;
    }

    private static long Pow10(int digits)
    {
        long result = 1;
        for (var i = 0; i < digits; i++)
        {
            result *= 10;
        }

        return result;
    }
}
