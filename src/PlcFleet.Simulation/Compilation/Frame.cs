namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// The typed storage of one POU instance (program, function block, struct or call): BOOL, integers, enums and
/// durations in <see cref="L"/>, REAL/LREAL in <see cref="D"/>, everything else (strings, nested instances, arrays,
/// pointers) in <see cref="O"/>. Compiled code indexes these arrays directly (fields, so a scan does no lookups).
/// </summary>
internal sealed class Frame(FrameLayout layout, ScanRuntime runtime)
{
    public readonly FrameLayout Layout = layout;

    public readonly ScanRuntime Runtime = runtime;

    public readonly long[] L = new long[layout.LongCount];

    public readonly double[] D = new double[layout.RealCount];

    public readonly object?[] O = new object?[layout.ObjectCount];
}
