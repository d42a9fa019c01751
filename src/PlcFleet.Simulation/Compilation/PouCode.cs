namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// The compiled body of one POU, filled in once compiled: callers hold this object, so a block may call itself
/// through an instance (or two blocks each other) while their bodies are still being compiled.
/// </summary>
internal sealed class PouCode(string name, FrameLayout layout, int callFrameIndex)
{
    public string Name { get; } = name;

    /// <summary>The frame of a call (function, method or accessor locals); the instance's own layout for blocks and programs.</summary>
    public FrameLayout Layout { get; } = layout;

    /// <summary>Index of this POU's reusable call frame in <see cref="ScanRuntime"/>; -1 for blocks and programs.</summary>
    public int CallFrameIndex { get; } = callFrameIndex;

    /// <summary>Runs the body: (instance frame, call frame). Both are the same frame for programs, blocks and functions.</summary>
    public Action<Frame, Frame> Run = (_, _) => { };
}
