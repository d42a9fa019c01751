namespace PlcFleet.Simulation.StandardBlocks;

/// <summary>
/// The type of a counter's PV and CV: IEC 61131-3 declares them INT; the CODESYS/TwinCAT Standard library uses
/// WORD, so a CODESYS CTD stops at 0 and a CTU counts on to 65535. Counting never passes either limit.
/// </summary>
public sealed record CounterRange(int Min, int Max)
{
    public static readonly CounterRange Int = new(short.MinValue, short.MaxValue);

    public static readonly CounterRange Word = new(0, ushort.MaxValue);

    /// <summary>A PV or loaded value as the counter's type holds it (WORD wraps a negative INT, as the conversion does).</summary>
    public int Fit(long value) => this == Word ? (ushort)value : (short)value;
}
