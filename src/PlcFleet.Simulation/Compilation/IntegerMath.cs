using System.Runtime.CompilerServices;

namespace PlcFleet.Simulation.Compilation;

/// <summary>Integer division and modulo as a PLC does them: a zero divisor faults, MIN / -1 wraps instead of trapping.</summary>
internal static class IntegerMath
{
    /// <summary>BOOL as compiled code stores it; inlined by the JIT into a branch-free set-on-condition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long FromBool(bool value) => value ? 1 : 0;

    public static long Divide(long dividend, long divisor, FaultSite site) => divisor switch
    {
        0 => throw Faults.DivisionByZero(site.Text, site.Location),
        -1 => unchecked(-dividend),
        _ => dividend / divisor,
    };

    public static long Modulo(long dividend, long divisor, FaultSite site) => divisor switch
    {
        0 => throw Faults.DivisionByZero(site.Text, site.Location),
        -1 => 0,
        _ => dividend % divisor,
    };

    /// <summary>REAL to integer as assignment and REAL_TO_INT do it: round half to even, NaN to 0, saturating at 64 bits.</summary>
    public static long Round(double value) =>
        double.IsNaN(value) ? 0 : value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)Math.Round(value, MidpointRounding.ToEven);

    public static long Truncate(double value) =>
        double.IsNaN(value) ? 0 : value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)Math.Truncate(value);

    public static long Rotate(long value, int count, int bits) => count == 0 ? value : (value << count) | (long)((ulong)value >> (bits - count));
}
