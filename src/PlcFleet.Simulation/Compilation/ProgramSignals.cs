using System.Globalization;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// The signals a compiled program shows scenarios and the equivalence checker, named as a PLC IDE's watch list
/// names them: variables, globals, direct addresses, struct members (<c>stDrive.Speed</c>, <c>Safety_DB.EStop</c>),
/// array elements (<c>aZones[2]</c>, <c>aGrid[1,3]</c>), block outputs (<c>tonRunOut.Q</c>) and the variables of
/// other programs this one reads or writes (<c>PRG_Alarms.bHorn</c>).
/// </summary>
internal sealed class ProgramSignals
{
    /// <summary>Arrays with more elements than this list none of them: a 2000-byte telegram buffer is not a signal.</summary>
    public const int MaxListedElements = 256;

    private readonly CodeGenerator _generator;
    private readonly List<SignalAccessor> _signals = [];

    private ProgramSignals(CodeGenerator generator) => _generator = generator;

    public static List<SignalAccessor> Build(PouSymbol program, CodeGenerator generator)
    {
        var signals = new ProgramSignals(generator);
        signals.AddProgram(program, string.Empty, null, _ => null);
        foreach (var variable in generator.DeclaredGlobals.Concat(generator.ConfigurationGlobals))
        {
            var slot = generator.Globals.Find(variable.Name)!;
            var isOutputArea = variable.Address is { Length: > 1 } address && address[1] is 'Q' or 'q';

            // A global this program never writes is, for this program, driven from outside: the plant or another program.
            SignalDirection Direction(string path) => !generator.IsWrittenGlobal(path) ? SignalDirection.Input
                : isOutputArea ? SignalDirection.Output
                : SignalDirection.Internal;
            signals.Add(variable.Name, slot.Type, Cell.InFrame(frame => frame.Runtime.Globals, slot), Direction, variable.IsRetain, readOnly: false, shared: true);
        }

        foreach (var (address, _) in generator.DirectAddresses)
        {
            var direction = address.Length > 1 && address[1] is 'I' or 'i' ? SignalDirection.Input
                : address.Length > 1 && address[1] is 'Q' or 'q' ? SignalDirection.Output
                : SignalDirection.Internal;
            var slot = generator.Globals.Find(address)!;
            signals.Add(address, slot.Type, Cell.InFrame(frame => frame.Runtime.Globals, slot), _ => direction, false, readOnly: false);
        }

        foreach (var (other, slot) in generator.ProgramSlots.Where(p => !ReferenceEquals(p.Program, program)))
        {
            var index = slot.Index;

            // Another program's variables are set by that program, which this simulation does not scan: inputs, unless this one writes them.
            signals.AddProgram(other, other.Name + ".", frame => (Frame)frame.Runtime.Globals.O[index]!,
                path => generator.IsWrittenGlobal(path) ? SignalDirection.Internal : SignalDirection.Input, shared: true);
        }

        return signals._signals;
    }

    private void AddProgram(PouSymbol program, string prefix, Func<Frame, Frame>? owner, Func<string, SignalDirection?> overrideDirection, bool shared = false)
    {
        var layout = _generator.LayoutOf(program);
        foreach (var variable in program.AllVariables())
        {
            if (layout.Find(variable.Name) is not { IsTemp: false } slot)
            {
                continue;
            }

            var declared = variable.Storage switch
            {
                VariableStorage.Input => SignalDirection.Input,
                VariableStorage.Output => SignalDirection.Output,
                _ => SignalDirection.Internal,
            };
            Add(prefix + variable.Name, slot.Type, owner is null ? Cell.InProgram(slot) : Cell.InFrame(owner, slot), path => overrideDirection(path) ?? declared, variable.IsRetain, readOnly: false, shared);
        }
    }

    private void Add(string name, StType type, Cell cell, Func<string, SignalDirection> direction, bool retain, bool readOnly, bool shared = false)
    {
        if (CompiledStProgram.PlcTypeOf(type) is { } plcType)
        {
            AddElementary(name, type, plcType, cell, direction(name), retain, readOnly, shared);
            return;
        }

        var index = cell.Index;
        var objects = cell.Objects;
        switch (type.Underlying)
        {
            case StructType structType:
                foreach (var field in _generator.StructLayout(structType).Slots)
                {
                    Add($"{name}.{field.Name}", field.Type, Cell.InFrame(f => (Frame)objects(f)[index]!, field), direction, retain, readOnly, shared);
                }

                break;
            case ArrayType { HasVariableBounds: false } array when array.ElementCount <= MaxListedElements:
                for (var k = 0; k < (int)array.ElementCount; k++)
                {
                    var element = new Cell(f => ((PlcArray)objects(f)[index]!).L!, f => ((PlcArray)objects(f)[index]!).D!,
                        f => ((PlcArray)objects(f)[index]!).O!, k);
                    Add($"{name}[{ElementIndices(array, k)}]", array.ElementType, element, direction, retain, readOnly, shared);
                }

                break;
            case FunctionBlockType block:
                AddBlockOutputs(name, block, f => objects(f)[index]!);
                break;
        }
    }

    /// <summary>Function block outputs are observable (not writable) as Inst.Q, as a PLC IDE's watch list shows them.</summary>
    private void AddBlockOutputs(string name, FunctionBlockType block, Func<Frame, object> instance)
    {
        if (StandardBlockBinding.Find(block.Name) is { } standard)
        {
            foreach (var output in block.Outputs)
            {
                var get = standard.Getter(output.Name);
                if (get is not null && CompiledStProgram.PlcTypeOf(output.Type) is { } outputType)
                {
                    _signals.Add(new SignalAccessor(new SignalInfo($"{name}.{output.Name}", outputType, SignalDirection.Internal),
                        f => CompiledStProgram.ToValue(get(instance(f)), outputType), null));
                }
            }
        }
        else if (_generator.BlockPou(block) is { Kind: PouKind.FunctionBlock } pou)
        {
            var layout = _generator.LayoutOf(pou);
            foreach (var output in pou.AllVariables().Where(v => v.Storage == VariableStorage.Output))
            {
                if (layout.Find(output.Name) is { } slot)
                {
                    Add($"{name}.{output.Name}", slot.Type, Cell.InFrame(f => (Frame)instance(f), slot), _ => SignalDirection.Internal, false, readOnly: true);
                }
            }
        }
    }

    private void AddElementary(string name, StType type, PlcType plcType, Cell cell, SignalDirection direction, bool retain, bool readOnly, bool shared)
    {
        var i = cell.Index;
        SignalAccessor accessor;
        switch (TypeStorage.Of(type))
        {
            case StorageClass.Long:
                var longs = cell.Longs;
                accessor = new SignalAccessor(new SignalInfo(name, plcType, direction, RangeOf(type), retain, shared),
                    f => CompiledStProgram.ToValue(longs(f)[i], plcType), (f, v) => longs(f)[i] = CompiledStProgram.FromValue(v, plcType));
                break;
            case StorageClass.Real:
                var reals = cell.Reals;
                accessor = new SignalAccessor(new SignalInfo(name, plcType, direction, null, retain, shared),
                    f => PlcValue.FromReal(reals(f)[i], plcType), (f, v) => reals(f)[i] = v.AsReal);
                break;
            default:
                var objects = cell.Objects;
                accessor = new SignalAccessor(new SignalInfo(name, plcType, direction, null, retain, shared),
                    f => PlcValue.FromString((string?)objects(f)[i] ?? string.Empty, plcType), (f, v) => objects(f)[i] = v.AsString);
                break;
        }

        _signals.Add(readOnly ? accessor with { Write = null } : accessor);
    }

    /// <summary>The ST indices of the k-th element in row-major order: <c>2</c>, or <c>1,3</c> for a two-dimensional array.</summary>
    private static string ElementIndices(ArrayType array, int k)
    {
        var indices = new long[array.Dimensions.Count];
        for (var d = array.Dimensions.Count - 1; d >= 0; d--)
        {
            var dimension = array.Dimensions[d];
            indices[d] = dimension.Lower + (k % dimension.Length);
            k = (int)(k / dimension.Length);
        }

        return string.Join(",", indices.Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }

    private static SignalRange? RangeOf(StType type) => type is SubrangeType s ? new SignalRange(s.Lower, s.Upper) : null;

    /// <summary>Where a signal's value lives: one index of a typed array reached from the program's frame.</summary>
    private sealed record Cell(Func<Frame, long[]> Longs, Func<Frame, double[]> Reals, Func<Frame, object?[]> Objects, int Index)
    {
        public static Cell InFrame(Func<Frame, Frame> owner, FrameLayout.Slot slot) =>
            new(f => owner(f).L, f => owner(f).D, f => owner(f).O, slot.Index);

        /// <summary>A variable of the scanned program itself: one indirection less on the outputs published every scan.</summary>
        public static Cell InProgram(FrameLayout.Slot slot) => new(f => f.L, f => f.D, f => f.O, slot.Index);
    }
}
