using PlcFleet.Simulation.Runtime;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Compiles the bound POU bodies a program uses into one expression-tree lambda each, once per program. Layouts of
/// blocks, structs and calls are built on first use and shared; methods and property accessors are late bound
/// through per-block method tables; unsupported constructs become errors, never guesses.
/// </summary>
internal sealed class CodeGenerator
{
    private readonly SemanticCompilation _compilation;
    private readonly Dictionary<PouSymbol, FrameLayout> _pouLayouts = [];
    private readonly Dictionary<StType, FrameLayout> _structLayouts = [];
    private readonly Dictionary<PouSymbol, PouCode> _code = [];
    private readonly Dictionary<FrameLayout, PouSymbol> _blocks = [];
    private readonly Dictionary<string, int> _methodSlots = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _errors = [];
    private readonly List<(FrameLayout Layout, VariableSymbol Variable, PouCode Code)> _expressionInitializers = [];

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

    /// <summary>
    /// Globals this program (or a block it calls) assigns, as paths (<c>Speed</c>, <c>Safety_DB.SafetyOk</c>, <c>aZones</c>,
    /// <c>PRG_Alarms.bHorn</c>); the rest are inputs from its point of view.
    /// </summary>
    public HashSet<string> WrittenGlobals { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Programs whose variables code reaches as PRG.x, each held in a global slot of its own.</summary>
    public List<(PouSymbol Program, FrameLayout.Slot Slot)> ProgramSlots { get; } = [];

    /// <summary>True when the program writes this global path or a whole it belongs to (writing aZones[i] writes aZones).</summary>
    public bool IsWrittenGlobal(string path)
    {
        for (var end = 0; end < path.Length; end++)
        {
            if (path[end] is '.' or '[' && WrittenGlobals.Contains(path[..end]))
            {
                return true;
            }
        }

        return WrittenGlobals.Contains(path);
    }

    /// <summary>
    /// The global slot holding the instance of a PROGRAM that code reads or writes as PRG.x. The runtime creates the
    /// frames once the globals exist (see <see cref="CompiledStProgram.ProgramFrames"/>); the scanned program's own
    /// frame is stored there too, so PRG_Main.x from inside a block reaches the running instance.
    /// </summary>
    public FrameLayout.Slot ProgramSlot(PouSymbol program)
    {
        foreach (var (pou, existing) in ProgramSlots)
        {
            if (ReferenceEquals(pou, program))
            {
                return existing;
            }
        }

        // A blank cannot occur in an ST name, so this key never meets a variable.
        var slot = Globals.Add($"PROGRAM {program.Name}", program.InstanceType!);
        ProgramSlots.Add((program, slot));
        LayoutOf(program);
        return slot;
    }

    /// <summary>VAR_EXTERNALs whose VAR_GLOBAL lives in a CONFIGURATION (the binder does not list those as globals).</summary>
    public List<VariableSymbol> ConfigurationGlobals { get; } = [];

    /// <summary>Direct addresses used in code (%I0.4, %QW64), each a global slot named by its address.</summary>
    public List<(string Address, StType Type)> DirectAddresses { get; } = [];

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>How many reusable call frames a runtime needs (one per function, method and accessor).</summary>
    public int CallFrameCount { get; private set; }

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

    /// <summary>The program, function block or struct-like POU whose instance frame a body runs on.</summary>
    public static PouSymbol InstanceOwner(PouSymbol pou)
    {
        var owner = pou;
        while (owner.Kind is PouKind.Method or PouKind.Property or PouKind.Action && owner.Parent is { } parent)
        {
            owner = parent;
        }

        return owner;
    }

    /// <summary>True for POUs that run in a call frame of their own (functions, methods, property accessors).</summary>
    public static bool HasCallFrame(PouSymbol pou) => pou.Kind is PouKind.Function or PouKind.Method;

    /// <summary>VAR_INST of a method: kept in the instance, between calls, under the name Method.Variable.</summary>
    public static bool IsInstanceVariable(VariableSymbol variable)
    {
        if (variable.Owner is not { Kind: PouKind.Method })
        {
            return false;
        }

        for (var node = variable.Declaration; node is not null; node = node.Parent)
        {
            if (node is VarBlockSyntax block)
            {
                return block.Keyword.Kind == SyntaxKind.VarInstKeyword;
            }
        }

        return false;
    }

    public static string InstanceVariableKey(VariableSymbol variable) => $"{variable.Owner!.Name}.{variable.Name}";

    /// <summary>
    /// The frame layout of a POU: the instance of a program or block (base block's slots first, then its own, then
    /// its methods' VAR_INST), or the call frame of a function, method or accessor (parameters, locals, result).
    /// </summary>
    public FrameLayout LayoutOf(PouSymbol pou)
    {
        if (_pouLayouts.TryGetValue(pou, out var layout))
        {
            return layout;
        }

        layout = new FrameLayout(pou.Name);
        _pouLayouts.Add(pou, layout);
        if (HasCallFrame(pou))
        {
            BuildCallLayout(pou, layout);
        }
        else
        {
            BuildInstanceLayout(pou, layout);
        }

        CompileExpressionInitializers(pou, layout);
        return layout;
    }

    private void BuildInstanceLayout(PouSymbol pou, FrameLayout layout)
    {
        if (pou.Kind == PouKind.FunctionBlock)
        {
            _blocks[layout] = pou;
        }

        if (pou.Base is { } basePou)
        {
            var baseLayout = LayoutOf(basePou);
            foreach (var slot in baseLayout.Slots)
            {
                layout.Add(slot.Name, slot.Type, slot.IsTemp, slot.IsRetain, slot.IsReference);
            }

            layout.Initializers.AddRange(baseLayout.Initializers);
            layout.TempInitializers.AddRange(baseLayout.TempInitializers);
        }

        var own = pou.Variables.Where(v => v.Storage is not (VariableStorage.Global or VariableStorage.External)).ToList();
        foreach (var edge in own.Where(v => v.Edge is not null && v.Declaration is not null))
        {
            // The edge memory lives in the caller's view of the input; not modelled, so refuse rather than read the level.
            Error(edge.Declaration!, $"the {edge.Edge!.Text.ToUpperInvariant()} input '{edge.Name}' of {pou.Name} is not supported by the simulator");
        }

        var byReference = pou.Kind == PouKind.FunctionBlock;
        var slots = own.Select(v => (Variable: v, Slot: layout.Add(v.Name, v.Type, v.Storage == VariableStorage.Temp, v.IsRetain, byReference && IsInOut(v)))).ToList();
        foreach (var method in pou.Members.Where(m => m.Kind == PouKind.Method))
        {
            foreach (var variable in method.Variables.Where(IsInstanceVariable))
            {
                slots.Add((variable, layout.Add(InstanceVariableKey(variable), variable.Type, isRetain: variable.IsRetain)));
            }
        }

        foreach (var (variable, slot) in slots)
        {
            AddInitializer(layout, slot, variable);
        }
    }

    /// <summary>
    /// Result first, then parameters in declaration order, then locals: an override with the same signature but
    /// other locals keeps its result and parameters at the same slots, so late-bound callers can fill them.
    /// </summary>
    private void BuildCallLayout(PouSymbol pou, FrameLayout layout)
    {
        var variables = pou.Variables.Where(v => !IsInstanceVariable(v) && v.Storage is not (VariableStorage.Global or VariableStorage.External)).ToList();
        var result = pou.ResultVariable;
        if (pou.Parent is { Kind: PouKind.Property } property)
        {
            // A property accessor sees the property's own variables and its value (the property's name).
            variables.AddRange(property.Variables.Where(v => v.Storage is not (VariableStorage.Global or VariableStorage.External)));
            result = property.ResultVariable;
        }

        var ordered = new List<VariableSymbol>();
        if (result is not null && variables.All(v => !string.Equals(v.Name, result.Name, StringComparison.OrdinalIgnoreCase)))
        {
            ordered.Add(result);
        }

        ordered.AddRange(variables.Where(v => v.Storage is VariableStorage.Input or VariableStorage.Output or VariableStorage.InOut));
        ordered.AddRange(variables.Where(v => v.Storage is not (VariableStorage.Input or VariableStorage.Output or VariableStorage.InOut)));
        var slots = ordered.Select(v => (Variable: v, Slot: layout.Add(v.Name, v.Type, v.Storage == VariableStorage.Temp, v.IsRetain, IsInOut(v)))).ToList();
        foreach (var (variable, slot) in slots)
        {
            AddInitializer(layout, slot, variable);
        }
    }

    /// <summary>
    /// VAR_IN_OUT of a block, function or method is a reference to the caller's variable. A PROGRAM's stays a copy in
    /// and out: the scanned program has no caller, and scenarios set and read it as a signal.
    /// </summary>
    private static bool IsInOut(VariableSymbol variable) => variable.Storage == VariableStorage.InOut;

    /// <summary>The call frame of a property accessor an interface only declares: just the property's value, first.</summary>
    public FrameLayout PropertyLayout(PouSymbol property)
    {
        if (_pouLayouts.TryGetValue(property, out var layout))
        {
            return layout;
        }

        layout = new FrameLayout(property.Name);
        _pouLayouts.Add(property, layout);
        if (property.ResultVariable is { } value)
        {
            AddInitializer(layout, layout.Add(value.Name, value.Type), value);
        }
        else if (property.ReturnType is { } type)
        {
            var slot = layout.Add(property.Name, type);
            layout.Initializers.Add(DefaultInitializer(slot, type, property.Dialect));
            layout.CallInitializers.Add(layout.Initializers[^1]);
        }

        return layout;
    }

    /// <summary>The compiled code of a POU, compiled on first use (a block used by many instances compiles once).</summary>
    public PouCode CodeOf(PouSymbol pou)
    {
        if (_code.TryGetValue(pou, out var code))
        {
            return code;
        }

        var owner = InstanceOwner(pou);
        var callLayout = HasCallFrame(pou) ? LayoutOf(pou) : null;
        code = new PouCode(pou.Name, callLayout ?? LayoutOf(owner), callLayout is null ? -1 : CallFrameCount++);
        _code.Add(pou, code);
        var bound = _compilation.GetBoundBody(pou);
        if (bound is null)
        {
            _errors.Add($"{pou.Name} has no body to simulate");
            return code;
        }

        var instanceLayout = pou.Kind == PouKind.Function ? callLayout! : LayoutOf(owner);
        try
        {
            code.Run = new BodyEmitter(this, pou, owner, instanceLayout, callLayout).Compile(bound.Statements);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A construct the emitter does not know how to type: an error for the user, never a crash.
            Error(pou.Declaration ?? pou.NameToken.Parent!, $"{pou.Name} cannot be simulated: {e.Message}");
        }

        if (instanceLayout.Body is null && ReferenceEquals(owner, pou) && owner.Kind == PouKind.FunctionBlock)
        {
            instanceLayout.Body = code;
        }

        return code;
    }

    /// <summary>The late-binding slot of a method or property accessor name (Start, IsRunning.GET).</summary>
    public int MethodSlot(string name)
    {
        if (!_methodSlots.TryGetValue(name, out var slot))
        {
            slot = _methodSlots.Count;
            _methodSlots.Add(name, slot);
        }

        return slot;
    }

    public static string MethodSlotName(PouSymbol member) =>
        member.Parent is { Kind: PouKind.Property } property ? $"{property.Name}.{member.Name}" : member.Name;

    /// <summary>
    /// Fills every block's method table with the most derived implementation of each method called late bound.
    /// Compiling a method may reach new blocks and methods, so this repeats until nothing new appears.
    /// </summary>
    public void CompleteMethodTables()
    {
        var done = 0;
        while (true)
        {
            var blocks = _blocks.ToList();
            var slots = _methodSlots.ToList();
            if (blocks.Count * slots.Count == done)
            {
                return;
            }

            done = blocks.Count * slots.Count;
            foreach (var (layout, pou) in blocks)
            {
                var table = new PouCode?[slots.Count];
                foreach (var (name, slot) in slots)
                {
                    if (Implementation(pou, name) is { HasBody: true } member)
                    {
                        table[slot] = CodeOf(member);
                        CheckOverride(pou, name, member);
                    }
                }

                layout.Methods = table;
            }
        }
    }

    /// <summary>
    /// A late-bound caller fills the frame of the method it sees (the interface's or base block's); the override
    /// must keep each parameter at the same slot. Same names and types in the same order do; anything else is refused.
    /// </summary>
    private void CheckOverride(PouSymbol block, string slotName, PouSymbol member)
    {
        var seen = block.Interfaces.Select(i => Implementation(i, slotName)).Append(block.Base is { } b ? Implementation(b, slotName) : null);
        var actual = LayoutOf(member);
        foreach (var declared in seen.OfType<PouSymbol>().Where(d => !ReferenceEquals(d, member) && d.Kind == PouKind.Method))
        {
            var expected = LayoutOf(declared);
            var parameters = declared.Variables.Where(v => v.Storage is VariableStorage.Input or VariableStorage.Output or VariableStorage.InOut).Select(v => v.Name)
                .Append((declared.Parent is { Kind: PouKind.Property } property ? property : declared).Name);
            foreach (var name in parameters)
            {
                var want = expected.Find(name);
                var got = actual.Find(name);
                if (want is not null && (got is null || (want.Storage, want.Index) != (got.Storage, got.Index)))
                {
                    var message = $"{block.Name}.{slotName} must declare the parameters of {declared.Parent?.Name}.{slotName} in the same order and with the same types for the simulator";
                    if (!_errors.Any(e => e.EndsWith(message, StringComparison.Ordinal)))
                    {
                        Error(member.Declaration ?? member.NameToken.Parent!, message);
                    }

                    return;
                }
            }
        }
    }

    private static PouSymbol? Implementation(PouSymbol block, string slotName)
    {
        var dot = slotName.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return block.FindMember(slotName) is { Kind: PouKind.Method or PouKind.Action } method ? method : null;
        }

        var accessor = slotName[(dot + 1)..];
        for (var pou = block; pou is not null; pou = pou.Base)
        {
            if (pou.Members.FirstOrDefault(m => m.Kind == PouKind.Property && string.Equals(m.Name, slotName[..dot], StringComparison.OrdinalIgnoreCase)) is { } property
                && property.Members.FirstOrDefault(a => string.Equals(a.Name, accessor, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public PouSymbol? BlockPou(StType type) => _compilation.Members.BlockOf(type);

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
            if (_compilation.Members.FindMember(type, field.Name) is { Initializer: not null } declared && !declared.Type.IsError)
            {
                AddInitializer(layout, slot, declared); // nSpeed : INT := 50; inside the STRUCT
            }
            else
            {
                layout.Initializers.Add(DefaultInitializer(slot, field.Type, Dialect.Codesys));
            }
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
    public Func<ScanRuntime, object?> ObjectFactory(StType type, Dialect dialect)
    {
        switch (type.Underlying)
        {
            case StringType:
                return _ => string.Empty;
            case StructType structType:
                var structLayout = StructLayout(structType);
                return runtime => structLayout.Create(runtime);
            case FunctionBlockType block when BlockPou(block) is { } pou:
                var blockLayout = LayoutOf(pou);
                return runtime => blockLayout.Create(runtime);
            case FunctionBlockType block when StandardBlockBinding.Find(block.Name) is { } standard:
                return runtime => standard.Create(runtime.Clock, dialect);
            case ArrayType array when !array.HasVariableBounds:
                var lower = array.Dimensions.Select(d => d.Lower).ToArray();
                var length = array.Dimensions.Select(d => d.Length).ToArray();
                var count = (int)array.ElementCount;
                var storage = TypeStorage.Of(array.ElementType);
                var isValue = TypeStorage.IsValueObject(array.ElementType);
                var element = storage == StorageClass.Object ? ObjectFactory(array.ElementType, dialect) : null;
                return runtime =>
                {
                    var value = new PlcArray(lower, length, storage, count, isValue);
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

    private static readonly int UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static long ConstantLong(ConstantValue value) => value switch
    {
        BoolValue b => b.Value ? 1 : 0,
        IntegerValue i => (long)i.Value,
        DurationValue d => d.Nanoseconds,
        EnumValue e => e.Member.Value,
        RealValue r => (long)Math.Round(r.Value, MidpointRounding.ToEven),
        CharValue c => c.Value,

        // Dates and times of day count nanoseconds like TIME, so DT - DT and TOD + TIME need no unit conversion.
        DateValue d => (d.Value.DayNumber - UnixEpochDay) * TimeOfDayValue.NanosecondsPerDay,
        TimeOfDayValue t => t.NanosecondsSinceMidnight,
        DateAndTimeValue dt => dt.NanosecondsSinceEpoch,
        _ => value.TryGetInteger(out var integer) ? (long)integer : 0,
    };

    public static double ConstantReal(ConstantValue value) => value switch
    {
        RealValue r => r.Value,
        IntegerValue i => (double)i.Value,
        _ => ConstantLong(value),
    };

    public static object? ConstantObject(ConstantValue value) => value is StringValue s ? s.Value : null;

    private void AddInitializer(FrameLayout layout, FrameLayout.Slot slot, VariableSymbol variable)
    {
        var index = slot.Index;
        Action<Frame> initialize;
        if (slot.IsReference)
        {
            initialize = frame => frame.O[index] = null; // connected by each call
        }
        else if (variable.InitialValue is { } initial && slot.Storage == StorageClass.Long)
        {
            var value = ConstantLong(initial);
            initialize = frame => frame.L[index] = value;
        }
        else if (variable.InitialValue is { } real && slot.Storage == StorageClass.Real)
        {
            var value = TypeStorage.IsSinglePrecision(slot.Type) ? (float)ConstantReal(real) : ConstantReal(real);
            initialize = frame => frame.D[index] = value;
        }
        else if (variable.InitialValue is StringValue text)
        {
            var value = slot.Type.Underlying is StringType bounded ? StringFunctions.Truncate(text.Value, bounded.MaxLength) : text.Value;
            initialize = frame => frame.O[index] = value;
        }
        else if (variable.InitialAggregate is { } aggregate && slot.Storage == StorageClass.Object)
        {
            var initializeDefault = DefaultInitializer(slot, slot.Type, DialectOf(variable));
            var apply = AggregateInitializer.Compile(aggregate, this);
            initialize = frame =>
            {
                initializeDefault(frame);
                apply(frame.O[index]);
            };
        }
        else if (variable.InitialValue is null && variable.BoundInitializer is { HasErrors: false } && layout != Globals
            && variable.Owner is { Kind: PouKind.Program or PouKind.FunctionBlock or PouKind.Function or PouKind.OrganizationBlock })
        {
            var code = new PouCode($"{variable.Name} initializer", layout, -1);
            _expressionInitializers.Add((layout, variable, code));
            var initializeDefault = DefaultInitializer(slot, slot.Type, DialectOf(variable));
            initialize = frame =>
            {
                initializeDefault(frame);
                code.Run(frame, frame);
            };
        }
        else if (variable.InitialValue is null && variable.BoundInitializer is { HasErrors: false } && variable.Declaration is { } declaration)
        {
            Error(declaration, $"the simulator evaluates non-constant initializers only in programs, function blocks and functions ({variable.Name})");
            initialize = DefaultInitializer(slot, slot.Type, DialectOf(variable));
        }
        else
        {
            initialize = DefaultInitializer(slot, slot.Type, DialectOf(variable));
        }

        layout.Initializers.Add(initialize);
        if (slot.IsTemp)
        {
            layout.TempInitializers.Add(initialize);
        }

        // VAR_STAT of a function or method keeps its value between calls: only the first call frame sets it.
        if (variable.Storage != VariableStorage.Static)
        {
            layout.CallInitializers.Add(initialize);
        }
    }

    /// <summary>
    /// Initializers that are not constants (nLimit : INT := nBase * 2; pSetpoint : POINTER TO INT := ADR(nZone1)) run as
    /// compiled code in the POU's scope when a frame is created, in declaration order with the constant ones.
    /// </summary>
    private void CompileExpressionInitializers(PouSymbol pou, FrameLayout layout)
    {
        foreach (var (_, variable, code) in _expressionInitializers.Where(i => ReferenceEquals(i.Layout, layout)).ToList())
        {
            var call = pou.Kind == PouKind.Function ? layout : null;
            code.Run = new BodyEmitter(this, pou, pou, layout, call).CompileInitializer(variable, variable.BoundInitializer!);
        }

        _expressionInitializers.RemoveAll(i => ReferenceEquals(i.Layout, layout));
    }

    private static Dialect DialectOf(VariableSymbol variable) =>
        variable.Owner?.Dialect ?? variable.Declaration?.SyntaxTree?.Dialect ?? Dialect.Codesys;

    private Action<Frame> DefaultInitializer(FrameLayout.Slot slot, StType type, Dialect dialect)
    {
        var index = slot.Index;
        if (slot.Storage == StorageClass.Long)
        {
            return frame => frame.L[index] = 0;
        }

        if (slot.Storage == StorageClass.Real)
        {
            return frame => frame.D[index] = 0;
        }

        var factory = ObjectFactory(type, dialect);
        return frame => frame.O[index] = factory(frame.Runtime);
    }
}
