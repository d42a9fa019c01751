using PlcFleet.Simulation.Runtime;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Turns bound POU bodies into delegates over <see cref="Frame"/> slots, once per program. Layouts of blocks,
/// structs and functions are built on first use and shared; unsupported constructs become errors, never guesses.
/// </summary>
internal sealed partial class CodeGenerator
{
    private readonly SemanticCompilation _compilation;
    private readonly Dictionary<PouSymbol, FrameLayout> _pouLayouts = [];
    private readonly Dictionary<StType, FrameLayout> _structLayouts = [];
    private readonly Dictionary<PouSymbol, Func<Frame, Flow>[]> _bodies = [];
    private readonly List<string> _errors = [];

    public CodeGenerator(SemanticCompilation compilation)
    {
        _compilation = compilation;
        Globals = new FrameLayout("globals");
        foreach (var variable in compilation.Global.Variables)
        {
            Globals.Add(variable.Name, variable.Type, isRetain: variable.IsRetain);
        }

        foreach (var variable in compilation.Global.Variables)
        {
            AddInitializer(Globals, Globals.Find(variable.Name)!, variable);
        }
    }

    public FrameLayout Globals { get; }

    public IReadOnlyList<VariableSymbol> DeclaredGlobals => _compilation.Global.Variables;

    /// <summary>Globals this program (or a block it calls) assigns; the rest are inputs from its point of view.</summary>
    public HashSet<string> WrittenGlobals { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>VAR_EXTERNALs whose VAR_GLOBAL lives in a CONFIGURATION (the binder does not list those as globals).</summary>
    public List<VariableSymbol> ConfigurationGlobals { get; } = [];

    /// <summary>Direct addresses used in code (%I0.4, %QW64), each a global slot named by its address.</summary>
    public List<(string Address, StType Type)> DirectAddresses { get; } = [];

    public FrameLayout.Slot AddressSlot(string address, StType type)
    {
        if (Globals.Find(address) is { } slot)
        {
            return slot;
        }

        DirectAddresses.Add((address, type));
        return Globals.Add(address, type);
    }

    /// <summary>The global slot of a VAR_EXTERNAL, created on first use when only the CONFIGURATION declares it.</summary>
    public FrameLayout.Slot GlobalSlot(VariableSymbol variable)
    {
        if (Globals.Find(variable.Name) is { } slot)
        {
            return slot;
        }

        slot = Globals.Add(variable.Name, variable.Type, isRetain: variable.IsRetain);
        AddInitializer(Globals, slot, variable);
        ConfigurationGlobals.Add(variable);
        return slot;
    }

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The layout of a program, block, function or method frame (own and inherited variables, result).</summary>
    public FrameLayout LayoutOf(PouSymbol pou)
    {
        if (_pouLayouts.TryGetValue(pou, out var layout))
        {
            return layout;
        }

        layout = new FrameLayout(pou.Name);
        _pouLayouts.Add(pou, layout);
        var variables = pou.AllVariables().Where(v => v.Storage is not (VariableStorage.Global or VariableStorage.External)).ToList();
        foreach (var variable in variables)
        {
            layout.Add(variable.Name, variable.Type, variable.Storage == VariableStorage.Temp, variable.IsRetain);
        }

        if (pou.ResultVariable is { } result && layout.Find(result.Name) is null)
        {
            layout.Add(result.Name, result.Type);
        }

        foreach (var variable in variables)
        {
            AddInitializer(layout, layout.Find(variable.Name)!, variable);
        }

        return layout;
    }

    /// <summary>The compiled body of a POU, compiled on first use (a block used by many instances compiles once).</summary>
    public Func<Frame, Flow>[] BodyOf(PouSymbol pou)
    {
        if (_bodies.TryGetValue(pou, out var body))
        {
            return body;
        }

        var statements = new List<Func<Frame, Flow>>();
        body = [];
        _bodies[pou] = body;
        var bound = _compilation.GetBoundBody(pou);
        if (bound is null)
        {
            _errors.Add($"{pou.Name} has no body to simulate");
            return body;
        }

        var scope = new Scope(this, LayoutOf(pou));
        foreach (var statement in bound.Statements)
        {
            statements.Add(scope.Statement(statement));
        }

        // Blocks that call themselves through an instance see the array filled in place of the empty placeholder.
        body = [.. statements];
        _bodies[pou] = body;
        return body;
    }

    public PouSymbol? BlockPou(FunctionBlockType block) => _compilation.Members.BlockOf(block);

    public static StType? MemberType(FunctionBlockType block, string member) => block.FindMember(member)?.Type;

    public FrameLayout StructLayout(StructType type)
    {
        if (_structLayouts.TryGetValue(type, out var layout))
        {
            return layout;
        }

        layout = new FrameLayout(type.Name);
        _structLayouts.Add(type, layout);
        foreach (var field in type.AllFields)
        {
            var slot = layout.Add(field.Name, field.Type);
            layout.Initializers.Add(DefaultInitializer(slot, field.Type));
        }

        return layout;
    }

    public void Error(SyntaxNode syntax, string message)
    {
        var location = LocationOf(syntax);
        _errors.Add(location is null ? message : $"{location}: {message}");
    }

    public static FaultLocation? LocationOf(SyntaxNode syntax)
    {
        var tree = syntax.SyntaxTree;
        if (tree is null)
        {
            return null;
        }

        var position = syntax.GetLinePosition();
        return new FaultLocation(tree.Source.Path, position.Line, position.Column);
    }

    /// <summary>Creates the initial value of a nested instance, struct or array (or the zero of an elementary type).</summary>
    public Func<ScanRuntime, object?> ObjectFactory(StType type)
    {
        var underlying = type.Underlying;
        switch (underlying)
        {
            case StringType:
                return _ => string.Empty;
            case StructType structType:
                var structLayout = StructLayout(structType);
                return runtime => structLayout.Create(runtime);
            case FunctionBlockType block when _compilation.Members.BlockOf(block) is { } pou:
                var blockLayout = LayoutOf(pou);
                return runtime => blockLayout.Create(runtime);
            case FunctionBlockType block when StandardBlockBinding.Find(block.Name) is { } standard:
                return runtime => standard.Create(runtime.Clock);
            case ArrayType array when !array.HasVariableBounds:
                var lower = array.Dimensions.Select(d => d.Lower).ToArray();
                var length = array.Dimensions.Select(d => d.Length).ToArray();
                var count = (int)array.ElementCount;
                var storage = TypeStorage.Of(array.ElementType);
                var element = storage == StorageClass.Object ? ObjectFactory(array.ElementType) : null;
                return runtime =>
                {
                    var value = new PlcArray(lower, length, storage, count);
                    if (element is not null)
                    {
                        for (var i = 0; i < count; i++)
                        {
                            value.O![i] = element(runtime);
                        }
                    }

                    return value;
                };
            default:
                return _ => null;
        }
    }

    private static object? ConstantObject(ConstantValue value) => value switch
    {
        StringValue s => s.Value,
        _ => null,
    };

    public static long ConstantLong(ConstantValue value) => value switch
    {
        BoolValue b => b.Value ? 1 : 0,
        IntegerValue i => (long)i.Value,
        DurationValue d => d.Nanoseconds,
        EnumValue e => e.Member.Value,
        RealValue r => (long)Math.Round(r.Value, MidpointRounding.ToEven),
        CharValue c => c.Value,
        _ => value.TryGetInteger(out var integer) ? (long)integer : 0,
    };

    public static double ConstantReal(ConstantValue value) => value switch
    {
        RealValue r => r.Value,
        IntegerValue i => (double)i.Value,
        _ => ConstantLong(value),
    };

    private void AddInitializer(FrameLayout layout, FrameLayout.Slot slot, VariableSymbol variable)
    {
        Action<Frame> initialize = variable.InitialValue is { } initial && slot.Storage != StorageClass.Object
            ? slot.Storage == StorageClass.Long
                ? ConstantSlot(slot.Index, ConstantLong(initial))
                : ConstantSlot(slot.Index, TypeStorage.IsSinglePrecision(slot.Type) ? (float)ConstantReal(initial) : ConstantReal(initial))
            : variable.InitialValue is StringValue text
                ? frame => frame.O[slot.Index] = text.Value
                : DefaultInitializer(slot, slot.Type);
        (slot.IsTemp ? layout.TempInitializers : layout.Initializers).Add(initialize);
        if (slot.IsTemp)
        {
            layout.Initializers.Add(initialize);
        }
    }

    private static Action<Frame> ConstantSlot(int index, long value) => frame => frame.L[index] = value;

    private static Action<Frame> ConstantSlot(int index, double value) => frame => frame.D[index] = value;

    private Action<Frame> DefaultInitializer(FrameLayout.Slot slot, StType type)
    {
        if (slot.Storage == StorageClass.Long)
        {
            return frame => frame.L[slot.Index] = 0;
        }

        if (slot.Storage == StorageClass.Real)
        {
            return frame => frame.D[slot.Index] = 0;
        }

        var factory = ObjectFactory(type);
        return frame => frame.O[slot.Index] = factory(frame.Runtime);
    }

    internal static object? ObjectConstant(ConstantValue value) => ConstantObject(value);
}
