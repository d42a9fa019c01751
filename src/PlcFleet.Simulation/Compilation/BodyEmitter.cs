using System.Linq.Expressions;
using PlcFleet.Simulation.Runtime;
using PlcFleet.StructuredText.Runtime;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Compiles one POU body into ONE expression-tree lambda <c>(instance frame, call frame)</c>: variables are typed
/// array slots hoisted into locals, control flow is real branches, loops and gotos, and faults are exceptions that
/// carry file:line:column. Integers are longs wrapped to their IEC width by conversions; REAL is double rounded to float.
/// </summary>
internal sealed partial class BodyEmitter
{
    private readonly CodeGenerator _generator;
    private readonly PouSymbol _pou;
    private readonly PouSymbol _owner;
    private readonly FrameLayout _self;
    private readonly FrameLayout? _call;
    private readonly ParameterExpression _selfFrame = E.Parameter(typeof(Frame), "self");
    private readonly ParameterExpression _callFrame = E.Parameter(typeof(Frame), "call");
    private readonly Dictionary<string, ParameterExpression> _hoisted = [];
    private readonly List<Expression> _prologue = [];
    private readonly LabelTarget _return = E.Label("return");
    private readonly Stack<(LabelTarget Break, LabelTarget Continue)> _loops = new();
    private readonly Dictionary<string, LabelTarget> _labels = new(StringComparer.OrdinalIgnoreCase);
    private FaultLocation? _location;

    public BodyEmitter(CodeGenerator generator, PouSymbol pou, PouSymbol owner, FrameLayout self, FrameLayout? call)
    {
        _generator = generator;
        _pou = pou;
        _owner = owner;
        _self = self;
        _call = call;
    }

    public Action<Frame, Frame> Compile(IReadOnlyList<BoundStatement> statements)
    {
        var body = new List<Expression>();
        if (_call is null && _self.TempInitializers.Count > 0)
        {
            body.Add(E.Call(E.Constant(_self), nameof(FrameLayout.ResetTemps), null, _selfFrame));
        }

        body.AddRange(statements.Select(Statement));
        body.Add(E.Label(_return));
        var block = E.Block(typeof(void), _hoisted.Values, _prologue.Concat(body));
        return CompileDeep(E.Lambda<Action<Frame, Frame>>(block, $"{_pou.Name}_body", [_selfFrame, _callFrame]));
    }

    /// <summary>variable := its declared initializer, for a frame being created.</summary>
    public Action<Frame, Frame> CompileInitializer(VariableSymbol variable, BoundExpression value)
    {
        _location = variable.Declaration is { } declaration ? CodeGenerator.LocationOf(declaration) : null;
        var target = Variable(variable, variable.Type);
        var assign = target.Write(Convert(Value(value), value.Type, variable.Type));
        var block = E.Block(typeof(void), _hoisted.Values, _prologue.Append(assign));
        return CompileDeep(E.Lambda<Action<Frame, Frame>>(block, $"{variable.Name}_initializer", [_selfFrame, _callFrame]));
    }

    /// <summary>
    /// Compiles on a thread with a large stack. The LINQ compiler recurses per operator; on a small stack a 20,000-term
    /// alarm OR makes it hop to thread-pool threads one level group at a time, and the starved pool turns seconds into minutes.
    /// </summary>
    private static Action<Frame, Frame> CompileDeep(Expression<Action<Frame, Frame>> lambda) => StackGuard.OnFreshStack(lambda.Compile);

    private ParameterExpression Runtime => Hoist("runtime", typeof(ScanRuntime), () => E.Field(_selfFrame, nameof(Frame.Runtime)));

    /// <summary>A frame's typed array loaded once at the start of the body (self.L, call.D, globals.O...).</summary>
    private ParameterExpression Storage(string frame, StorageClass storage)
    {
        var field = storage switch
        {
            StorageClass.Long => nameof(Frame.L),
            StorageClass.Real => nameof(Frame.D),
            _ => nameof(Frame.O),
        };
        var type = storage switch
        {
            StorageClass.Long => typeof(long[]),
            StorageClass.Real => typeof(double[]),
            _ => typeof(object[]),
        };
        return Hoist($"{frame}.{field}", type, () => E.Field(frame switch
        {
            "self" => _selfFrame,
            "call" => _callFrame,
            _ => Hoist("globals", typeof(Frame), () => E.Field(Runtime, nameof(ScanRuntime.Globals))),
        }, field));
    }

    private ParameterExpression Hoist(string name, Type type, Func<Expression> value)
    {
        if (!_hoisted.TryGetValue(name, out var variable))
        {
            var initial = value();
            variable = E.Variable(type, name);
            _hoisted.Add(name, variable);
            _prologue.Add(E.Assign(variable, initial));
        }

        return variable;
    }

    // ---- places ------------------------------------------------------------------------------------------

    public Place Place(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundVariable variable:
                return Variable(variable.Variable, variable.Type);
            case BoundMember member:
                return Member(member);
            case BoundIndex index:
                return Index(index);
            case BoundDirectAddress direct:
                return Slot(direct.Type, _generator.AddressSlot(direct.Address, direct.Type), "globals");
            case BoundBitAccess bit:
                return Bit(bit);
            case BoundDeref deref:
                return Deref(deref);
            case BoundPropertyAccess property:
                return Property(property);
            default:
                var value = Value(expression);
                return new Place(expression.Type, value, _ => Unwritable(expression.Syntax));
        }
    }

    private Expression Unwritable(SyntaxNode syntax)
    {
        _generator.Error(syntax, $"'{syntax.ToString().Trim()}' cannot be written by the simulator");
        return E.Empty();
    }

    private Place Variable(VariableSymbol variable, StType type)
    {
        if (variable.Storage is VariableStorage.Global or VariableStorage.External)
        {
            return Slot(type, _generator.GlobalSlot(variable), "globals");
        }

        if (CodeGenerator.IsInstanceVariable(variable) && _self.Find(CodeGenerator.InstanceVariableKey(variable)) is { } instanceSlot)
        {
            return Slot(type, instanceSlot, "self");
        }

        if (_call is not null && variable.Owner is { Kind: not (PouKind.FunctionBlock or PouKind.Program or PouKind.OrganizationBlock) }
            && _call.Find(variable.Name) is { } callSlot)
        {
            return Slot(type, callSlot, "call");
        }

        return _self.Find(variable.Name) is { } slot ? Slot(type, slot, "self") : Slot(type, _generator.GlobalSlot(variable), "globals");
    }

    private Place Slot(StType type, FrameLayout.Slot slot, string frame)
    {
        var storage = Storage(frame, slot.Storage);
        var index = E.Constant(slot.Index);
        return slot.IsReference ? InOutReference(type, slot, storage) : Element(type, slot.Storage, storage, index);
    }

    /// <summary>A VAR_IN_OUT: the caller's variable, through the pointer its call stored in the slot.</summary>
    private Place InOutReference(StType type, FrameLayout.Slot slot, Expression storage) =>
        Through(type, E.Convert(E.ArrayIndex(storage, E.Constant(slot.Index)), typeof(PlcPointer)), $"VAR_IN_OUT {slot.Name} (not connected by a call yet)");

    /// <summary>One element of typed storage (a frame slot, an array element, a pointer's target).</summary>
    private static Place Element(StType type, StorageClass storageClass, Expression storage, Expression index)
    {
        var element = E.ArrayAccess(storage, index);
        if (storageClass != StorageClass.Object)
        {
            return new Place(type, element, value => E.Assign(element, value), storage, index);
        }

        var clr = TypeStorage.ClrType(type);
        Expression read = clr == typeof(object) ? element : E.Convert(element, clr);
        return new Place(type, read, value => E.Assign(element, StoredObject(value, type)), storage, index);
    }

    /// <summary>What an object slot receives on assignment: a copy for structs, instances and arrays, the reference otherwise.</summary>
    private static Expression StoredObject(Expression value, StType type)
    {
        var boxed = value.Type == typeof(object) ? value : E.Convert(value, typeof(object));
        return TypeStorage.IsValueObject(type) ? E.Call(typeof(ValueCopy), nameof(ValueCopy.Clone), null, boxed) : boxed;
    }

    private Place Member(BoundMember bound)
    {
        var type = bound.Member.Type;
        var instanceType = Dereferenced(bound.Instance.Type).Underlying;
        if (instanceType is FunctionBlockType block && StandardBlockBinding.Find(block.Name) is { } standard)
        {
            var instance = E.Convert(InstanceValue(bound.Instance), standard.ClrType);
            var read = standard.Read(instance, bound.Member.Name);
            if (read is null)
            {
                return Broken(bound.Syntax, type, $"{block.Name} has no member {bound.Member.Name} in the simulator");
            }

            return new Place(type, BlockOutput(read, type), value => standard.Write(instance, bound.Member.Name, value) ?? Unwritable(bound.Syntax));
        }

        var layout = instanceType switch
        {
            StructType structType => _generator.StructLayout(structType),
            FunctionBlockType fb when _generator.BlockPou(fb) is { Kind: PouKind.FunctionBlock or PouKind.Program or PouKind.OrganizationBlock } blockPou => _generator.LayoutOf(blockPou),
            _ => null,
        };
        if (layout?.Find(bound.Member.Name) is not { } slot)
        {
            return Broken(bound.Syntax, type, $"member access '{bound.Syntax.ToString().Trim()}' is not supported by the simulator");
        }

        var frame = InstanceFrame(bound.Instance);
        var storage = E.Field(frame, slot.Storage switch
        {
            StorageClass.Long => nameof(Frame.L),
            StorageClass.Real => nameof(Frame.D),
            _ => nameof(Frame.O),
        });
        return slot.IsReference ? InOutReference(type, slot, storage) : Element(type, slot.Storage, storage, E.Constant(slot.Index));
    }

    /// <summary>
    /// A standard block's integer output in the type the program sees: a CODESYS counter counts in WORD, but the
    /// binder types CV as INT, so 40000 reads as -25536 exactly as an INT variable would hold it.
    /// </summary>
    private static Expression BlockOutput(Expression read, StType type) =>
        TypeStorage.IsBool(type) || TypeStorage.IsDuration(type) ? read : Wrap(read, type);

    private static StType Dereferenced(StType type) => type.Underlying switch
    {
        ReferenceType reference => reference.Target,
        PointerType pointer => pointer.Target,
        _ => type,
    };

    /// <summary>The value of an expression that names an instance (struct, block, interface): a Frame or standard block object.</summary>
    private Expression InstanceValue(BoundExpression instance)
    {
        if (instance is BoundDeref { Pointer: BoundPouReference })
        {
            return _selfFrame;
        }

        if (instance.Type.Underlying is PointerType or ReferenceType)
        {
            var target = Dereferenced(instance.Type);
            return Deref(new BoundDeref(instance.Syntax, instance, target)).Read;
        }

        var value = Value(instance);
        return instance.Type.Underlying is InterfaceType ? NullChecked(value, instance.Syntax) : value;
    }

    private Expression InstanceFrame(BoundExpression instance)
    {
        var value = InstanceValue(instance);
        return value.Type == typeof(Frame) ? value : E.Convert(value, typeof(Frame));
    }

    private Expression NullChecked(Expression value, SyntaxNode syntax) => NullChecked(value, syntax.ToString().Trim());

    private Expression NullChecked(Expression value, string what)
    {
        var temp = E.Variable(value.Type, "instance");
        var fault = E.Call(typeof(Faults), nameof(Faults.NullDereference), null, E.Constant(what), E.Constant(_location, typeof(FaultLocation)));
        return E.Block(value.Type, [temp],
            E.Assign(temp, value),
            E.IfThen(E.ReferenceEqual(temp, E.Constant(null, value.Type)), E.Throw(fault)),
            temp);
    }

    private Place Index(BoundIndex bound)
    {
        if (Dereferenced(bound.Array.Type).Underlying is not ArrayType arrayType)
        {
            return Broken(bound.Syntax, bound.Type, $"indexing '{bound.Syntax.ToString().Trim()}' is not supported by the simulator");
        }

        if (!arrayType.HasVariableBounds && bound.Indices.All(i => i.Constant is not null))
        {
            return ConstantIndex(bound, arrayType);
        }

        var arrayValue = InstanceValue(bound.Array);
        var array = E.Variable(typeof(PlcArray), "array");
        var offset = E.Variable(typeof(long), "offset");
        var text = E.Constant(bound.Syntax.ToString().Trim());
        var location = E.Constant(_location, typeof(FaultLocation));
        var prelude = new List<Expression> { E.Assign(array, arrayValue.Type == typeof(PlcArray) ? arrayValue : E.Convert(arrayValue, typeof(PlcArray))) };
        var indices = bound.Indices.Select(i => Convert(Value(i), i.Type, ElementaryType.LInt)).ToList();
        prelude.Add(E.Assign(offset, E.Constant(0L)));
        var index = E.Variable(typeof(long), "index");
        var relative = E.Variable(typeof(long), "relative");
        for (var k = 0; k < indices.Count; k++)
        {
            Expression lower, length;
            if (arrayType.HasVariableBounds)
            {
                lower = E.ArrayIndex(E.Property(array, nameof(PlcArray.Lower)), E.Constant(k));
                length = E.ArrayIndex(E.Property(array, nameof(PlcArray.Length)), E.Constant(k));
            }
            else
            {
                lower = E.Constant(arrayType.Dimensions[k].Lower);
                length = E.Constant(arrayType.Dimensions[k].Length);
            }

            prelude.Add(E.Assign(index, indices[k]));
            prelude.Add(E.Assign(relative, E.Subtract(index, lower)));

            // One unsigned compare checks both bounds.
            prelude.Add(E.IfThen(
                E.GreaterThanOrEqual(E.Convert(relative, typeof(ulong)), E.Convert(length, typeof(ulong))),
                E.Throw(E.Call(typeof(Faults), nameof(Faults.IndexOutOfRange), null, index, text, location))));
            prelude.Add(E.Assign(offset, k == 0 ? relative : E.Add(E.Multiply(offset, length), relative)));
        }

        var storageClass = TypeStorage.Of(bound.Type);
        var storage = E.Field(array, storageClass switch
        {
            StorageClass.Long => nameof(PlcArray.L),
            StorageClass.Real => nameof(PlcArray.D),
            _ => nameof(PlcArray.O),
        });
        var element = Element(bound.Type, storageClass, storage, E.Convert(offset, typeof(int)));
        ParameterExpression[] variables = [array, offset, index, relative];
        return new Place(bound.Type,
            E.Block(element.Read.Type, variables, [.. prelude, element.Read]),
            value => E.Block(typeof(void), variables, [.. prelude, element.Write(value)]),
            E.Block(storage.Type, variables, [.. prelude, storage]),
            E.Block(typeof(int), variables, [.. prelude, E.Convert(offset, typeof(int))]));
    }

    /// <summary>Buffer[3]: the binder already checked a constant index against the bounds, so no check runs per scan.</summary>
    private Place ConstantIndex(BoundIndex bound, ArrayType arrayType)
    {
        long offset = 0;
        for (var k = 0; k < bound.Indices.Count; k++)
        {
            var dimension = arrayType.Dimensions[k];
            var relative = CodeGenerator.ConstantLong(bound.Indices[k].Constant!) - dimension.Lower;
            if (relative < 0 || relative >= dimension.Length)
            {
                return Broken(bound.Syntax, bound.Type, $"index {relative + dimension.Lower} is outside the bounds of {bound.Syntax.ToString().Trim()}");
            }

            offset = (offset * dimension.Length) + relative;
        }

        var arrayValue = InstanceValue(bound.Array);
        var array = arrayValue.Type == typeof(PlcArray) ? arrayValue : E.Convert(arrayValue, typeof(PlcArray));
        var storageClass = TypeStorage.Of(bound.Type);
        var storage = E.Field(array, storageClass switch
        {
            StorageClass.Long => nameof(PlcArray.L),
            StorageClass.Real => nameof(PlcArray.D),
            _ => nameof(PlcArray.O),
        });
        return Element(bound.Type, storageClass, storage, E.Constant((int)offset));
    }

    private Place Bit(BoundBitAccess bit)
    {
        var word = Place(bit.Value);
        var mask = 1L << bit.Bit;
        var read = E.And(E.RightShift(word.Read, E.Constant(bit.Bit)), E.Constant(1L));
        return new Place(ElementaryType.Bool, read, value => word.Write(Wrap(
            E.Condition(E.NotEqual(value, E.Constant(0L)), E.Or(word.Read, E.Constant(mask)), E.And(word.Read, E.Constant(~mask))),
            bit.Value.Type)));
    }

    private Place Broken(SyntaxNode syntax, StType type, string message)
    {
        var value = Unsupported(syntax, type, message);
        return new Place(type, value, _ => E.Empty());
    }

    private Expression Unsupported(SyntaxNode syntax, StType type, string message)
    {
        _generator.Error(syntax, message);
        return E.Default(TypeStorage.ClrType(type));
    }

    /// <summary>
    /// Records which global a statement writes, as a path (Safety_DB.SafetyOk; an indexed write marks the whole array),
    /// so signals can tell this program's inputs from its outputs.
    /// </summary>
    private void MarkWritten(BoundExpression target)
    {
        var members = new List<string>();
        while (true)
        {
            switch (target)
            {
                case BoundMember member:
                    members.Insert(0, member.Member.Name);
                    target = member.Instance;
                    continue;
                case BoundIndex index:
                    members.Clear();
                    target = index.Array;
                    continue;
                case BoundBitAccess bit:
                    target = bit.Value;
                    continue;
                case BoundDirectAddress direct:
                    _generator.WrittenGlobals.Add(direct.Address);
                    return;
                case BoundVariable { Variable.Storage: VariableStorage.Global or VariableStorage.External } variable:
                    _generator.WrittenGlobals.Add(string.Join(".", members.Prepend(variable.Variable.Name)));
                    return;
                case BoundVariable variable when _self.Find(variable.Variable.Name) is null && _call?.Find(variable.Variable.Name) is null:
                    _generator.WrittenGlobals.Add(string.Join(".", members.Prepend(variable.Variable.Name)));
                    return;
                case BoundPouReference { Pou.Kind: PouKind.Program or PouKind.OrganizationBlock } program when !ReferenceEquals(program.Pou, _owner):
                    _generator.WrittenGlobals.Add(string.Join(".", members.Prepend(program.Pou.Name)));
                    return;
                default:
                    return;
            }
        }
    }
}
