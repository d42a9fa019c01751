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
        Signals = BuildSignals(program, generator);
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

    public StProgramInstance CreateInstance() => new(this);

    private static List<SignalAccessor> BuildSignals(PouSymbol program, CodeGenerator generator)
    {
        var signals = new List<SignalAccessor>();
        var layout = generator.LayoutOf(program);
        foreach (var variable in program.AllVariables())
        {
            if (layout.Find(variable.Name) is not { IsTemp: false } slot)
            {
                continue;
            }

            var direction = variable.Storage switch
            {
                VariableStorage.Input => SignalDirection.Input,
                VariableStorage.Output => SignalDirection.Output,
                _ => SignalDirection.Internal,
            };
            AddSlot(signals, variable.Name, slot, direction, variable.IsRetain, frame => frame, generator);
        }

        foreach (var variable in generator.DeclaredGlobals.Concat(generator.ConfigurationGlobals))
        {
            var slot = generator.Globals.Find(variable.Name)!;

            // A global this program never writes is, for this program, driven from outside: the plant or another program.
            var direction = !generator.WrittenGlobals.Contains(variable.Name) ? SignalDirection.Input
                : variable.Address is { Length: > 1 } address && address[1] is 'Q' or 'q' ? SignalDirection.Output
                : SignalDirection.Internal;
            AddSlot(signals, variable.Name, slot, direction, variable.IsRetain, frame => frame.Runtime.Globals, generator);
        }

        foreach (var (address, _) in generator.DirectAddresses)
        {
            var direction = address.Length > 1 && address[1] is 'I' or 'i' ? SignalDirection.Input
                : address.Length > 1 && address[1] is 'Q' or 'q' ? SignalDirection.Output
                : SignalDirection.Internal;
            AddSlot(signals, address, generator.Globals.Find(address)!, direction, false, frame => frame.Runtime.Globals, generator);
        }

        return signals;
    }

    private static void AddSlot(List<SignalAccessor> signals, string name, FrameLayout.Slot slot, SignalDirection direction, bool retain,
        Func<Frame, Frame> owner, CodeGenerator generator)
    {
        var i = slot.Index;
        if (PlcTypeOf(slot.Type) is { } type)
        {
            signals.Add(slot.Storage switch
            {
                StorageClass.Long => new SignalAccessor(new SignalInfo(name, type, direction, RangeOf(slot.Type), retain),
                    f => ToValue(owner(f).L[i], type), (f, v) => owner(f).L[i] = FromValue(v, type)),
                StorageClass.Real => new SignalAccessor(new SignalInfo(name, type, direction, null, retain),
                    f => PlcValue.FromReal(owner(f).D[i], type), (f, v) => owner(f).D[i] = v.AsReal),
                _ => new SignalAccessor(new SignalInfo(name, type, direction, null, retain),
                    f => PlcValue.FromString((string?)owner(f).O[i] ?? string.Empty, type), (f, v) => owner(f).O[i] = v.AsString),
            });
            return;
        }

        // Function block outputs are observable as Inst.Q, as a PLC IDE's watch list shows them.
        if (slot.Type.Underlying is not FunctionBlockType block)
        {
            return;
        }

        if (StandardBlockBinding.Find(block.Name) is { } standard)
        {
            foreach (var output in block.Outputs)
            {
                var get = standard.Getter(output.Name);
                if (get is not null && PlcTypeOf(output.Type) is { } outputType)
                {
                    signals.Add(new SignalAccessor(new SignalInfo($"{name}.{output.Name}", outputType, SignalDirection.Internal),
                        f => ToValue(get(owner(f).O[i]!), outputType), null));
                }
            }
        }
        else if (generator.BlockPou(block) is { } pou)
        {
            var blockLayout = generator.LayoutOf(pou);
            foreach (var output in pou.AllVariables().Where(v => v.Storage == VariableStorage.Output))
            {
                if (blockLayout.Find(output.Name) is { } memberSlot)
                {
                    var nested = new List<SignalAccessor>();
                    AddSlot(nested, $"{name}.{output.Name}", memberSlot, SignalDirection.Internal, false, f => (Frame)owner(f).O[i]!, generator);
                    signals.AddRange(nested.Select(s => s with { Write = null }));
                }
            }
        }
    }

    internal static PlcType? PlcTypeOf(StType type) => type.Underlying switch
    {
        EnumType e => PlcType.FromName(e.BaseType.Name),
        ElementaryType { Category: TypeCategory.Duration } => PlcType.Time,
        ElementaryType e => PlcType.FromName(e.Name),
        StringType s => s.IsWide ? PlcType.WString : PlcType.String,
        _ => null,
    };

    private static SignalRange? RangeOf(StType type) => type is SubrangeType s ? new SignalRange(s.Lower, s.Upper) : null;

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
