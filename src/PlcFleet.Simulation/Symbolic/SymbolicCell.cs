using PlcFleet.Simulation.Programs;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// One elementary piece of a program's state in the symbolic model: a variable, a struct field, a block's input,
/// output or hidden memory (<c>tonRunOut.$age</c>). Width 0 is a BOOL; TIME is 64 bits of nanoseconds, as the
/// simulator holds it; integers keep their IEC width, so overflow wraps as on the PLC. REAL (width 32) and LREAL
/// (width 64) are IEEE-754 floating point, their start value in <see cref="InitialReal"/>.
/// </summary>
public sealed record SymbolicCell(string Path, int Width, bool Signed, long Initial, bool Retain)
{
    public bool IsBool => Width == 0;

    public bool IsTime { get; init; }

    /// <summary>REAL or LREAL: a floating-point value, single precision at width 32 and double at width 64.</summary>
    public bool IsReal { get; init; }

    public double InitialReal { get; init; }

    /// <summary>Set from outside each scan (a VAR_INPUT, a global the program only reads).</summary>
    public bool IsInput { get; init; }

    /// <summary>VAR_TEMP: starts from its initial value at every scan.</summary>
    public bool IsTemp { get; init; }

    /// <summary>A declared subrange, which bounds the values an input takes.</summary>
    public SignalRange? Range { get; init; }
}
