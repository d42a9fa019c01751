namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// The typed storage of one POU instance (program, function block, struct or function call): BOOL, integers,
/// enums and durations in <see cref="L"/>, REAL/LREAL in <see cref="D"/>, everything else (strings, nested
/// instances, arrays) in <see cref="O"/>. Compiled code indexes these arrays directly, so a scan does no lookups.
/// </summary>
public sealed class Frame(FrameLayout layout, ScanRuntime runtime)
{
    public FrameLayout Layout { get; } = layout;

    public ScanRuntime Runtime { get; } = runtime;

    public long[] L { get; } = new long[layout.LongCount];

    public double[] D { get; } = new double[layout.RealCount];

    public object?[] O { get; } = new object?[layout.ObjectCount];
}
