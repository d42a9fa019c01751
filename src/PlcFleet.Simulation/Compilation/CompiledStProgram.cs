using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>A PROGRAM compiled to delegates: cheap to instantiate many times (scenarios, equivalence traces).</summary>
public sealed class CompiledStProgram
{
    internal CompiledStProgram(PouSymbol program, CodeGenerator generator, PouCode body, TimeSpan cycleTime, StProgramOptions options)
    {
        Name = program.Name;
        Layout = generator.LayoutOf(program);
        GlobalLayout = generator.Globals;
        Body = body;
        CallFrameCount = generator.CallFrameCount;
        CycleTime = cycleTime;
        Options = options;
        Signals = ProgramSignals.Build(program, generator);
        ProgramFrames = [.. generator.ProgramSlots.Select(p => (p.Slot.Index, ReferenceEquals(p.Program, program) ? null : generator.LayoutOf(p.Program)))];
    }

    public string Name { get; }

    /// <summary>The INTERVAL of the TASK that scans the program, else 10 ms.</summary>
    public TimeSpan CycleTime { get; }

    internal FrameLayout Layout { get; }

    internal FrameLayout GlobalLayout { get; }

    internal PouCode Body { get; }

    internal int CallFrameCount { get; }

    internal StProgramOptions Options { get; }

    internal IReadOnlyList<SignalAccessor> Signals { get; }

    /// <summary>
    /// The global slots holding program instances other code reaches as PRG_Other.x, with the layout to create
    /// each (null for this program: its own frame goes there, so PRG_Main.x from a block is the running instance).
    /// </summary>
    internal IReadOnlyList<(int Index, FrameLayout? Layout)> ProgramFrames { get; }

    public StProgramInstance CreateInstance() => new(this);

    internal static PlcType? PlcTypeOf(StType type) => type.Underlying switch
    {
        EnumType e => PlcType.FromName(e.BaseType.Name),
        ElementaryType { Category: TypeCategory.Duration } => PlcType.Time,
        ElementaryType e => PlcType.FromName(e.Name),
        StringType s => s.IsWide ? PlcType.WString : PlcType.String,
        _ => null,
    };

    internal static PlcValue ToValue(long raw, PlcType type) => type.Kind switch
    {
        PlcValueKind.Bool => PlcValue.FromBool(raw != 0),
        PlcValueKind.Time => PlcValue.FromNanoseconds(raw, type),
        PlcValueKind.Integer => PlcValue.FromInteger(raw, type),
        _ => PlcValue.FromInteger(raw),
    };

    internal static long FromValue(PlcValue value, PlcType type) => type.Kind switch
    {
        PlcValueKind.Bool => value.AsBool ? 1 : 0,
        PlcValueKind.Time => value.Kind == PlcValueKind.Time ? value.AsNanoseconds : value.AsInteger * 1_000_000,
        _ => value.ConvertTo(type).AsInteger,
    };
}
