using System.Linq.Expressions;
using PlcFleet.Simulation.Runtime;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    private Expression Call(BoundCall call)
    {
        switch (call.Callee)
        {
            case StandardFunctionSymbol standard:
                return StandardFunction(call, standard.Function.Name);
            case VendorOperatorSymbol { Name: "ADR" or "REF" }:
                return AddressOf(call.Arguments[0].Value);
            case PouSymbol { Library: { } library } declared:
                return Unsupported(call.Syntax, call.Type, LibraryCallMessage(declared, library));
            case PouSymbol { Kind: PouKind.Function } function:
                return UserCall(call, new CallTarget(_generator.LayoutOf(function), _generator.CodeOf(function), null, function.ResultVariable?.Name), null);
            case PouSymbol { Kind: PouKind.Method } method:
                return UserCall(call, MethodTarget(method, method.ResultVariable?.Name, IsSuper(call.Instance)), CallInstance(call.Instance));
            case PouSymbol { Kind: PouKind.Action } when call.Arguments.Count > 0:
                return Unsupported(call.Syntax, call.Type, $"arguments to the action call {call.Callee.Name} (setting the block's inputs) are not supported by the simulator");
            case PouSymbol { Kind: PouKind.Action } action:
                return ActionCall(action, CallInstance(call.Instance));
            default:
                return Unsupported(call.Syntax, call.Type, $"calling {call.Callee.Name} is not supported by the simulator");
        }
    }

    /// <summary>A shipped library declaration has no code: the simulator says so instead of returning a guessed value.</summary>
    private static string LibraryCallMessage(PouSymbol pou, string library) =>
        $"{pou.Name} comes from library {library}; PlcFleet has its declaration but not its code, so the simulator cannot run this call";

    /// <summary>The instance a method runs on: this one (no prefix, THIS^, SUPER^) or the named instance, interface or pointer.</summary>
    private Expression CallInstance(BoundExpression? instance) => instance is null ? _selfFrame : InstanceFrame(instance);

    /// <summary>SUPER^.Method() and SUPER^() run the base block's code, never the override.</summary>
    private bool IsSuper(BoundExpression? instance) =>
        instance is BoundDeref { Pointer: BoundPouReference reference } && !ReferenceEquals(reference.Pou, _owner);

    /// <summary>
    /// What a call runs: the frame layout its arguments and result are written to, and either fixed code (functions,
    /// SUPER^) or a late-bound method table slot (Start, IsRunning.GET) looked up in the instance.
    /// </summary>
    private sealed record CallTarget(FrameLayout Layout, PouCode? Code, string? LateBoundSlot, string? Result);

    private CallTarget MethodTarget(PouSymbol member, string? result, bool isSuper) =>
        new(_generator.LayoutOf(member), isSuper ? _generator.CodeOf(member) : null, isSuper ? null : CodeGenerator.MethodSlotName(member), result);

    /// <summary>
    /// A function, method or property accessor call: arguments are evaluated first (a nested call may reuse the
    /// callee's frame), then copied into the callee's reusable call frame, the body runs, outputs and the result are
    /// read back. <paramref name="instance"/> is null for functions, which run on their call frame alone.
    /// </summary>
    private Expression UserCall(BoundCall call, CallTarget target, Expression? instance, Expression? propertyValue = null)
    {
        var layout = target.Layout;
        var variables = new List<ParameterExpression>();
        var steps = new List<Expression>();
        var writes = new List<(FrameLayout.Slot Slot, Expression Value)>();
        var readBacks = new List<(FrameLayout.Slot Slot, Place Target, bool Negate)>();
        foreach (var argument in call.Arguments)
        {
            if (layout.Find(argument.ParameterName) is not { } parameter)
            {
                return Unsupported(argument.Syntax, call.Type, $"{call.Callee.Name} has no parameter {argument.ParameterName}");
            }

            if (argument.Direction == ArgumentDirection.Output)
            {
                MarkWritten(argument.Value);
                readBacks.Add((parameter, Place(argument.Value), argument.IsNegated));
                continue;
            }

            var value = Argument(argument, parameter, readBacks);
            var temp = E.Variable(value.Type, argument.ParameterName);
            variables.Add(temp);
            steps.Add(E.Assign(temp, value));
            writes.Add((parameter, temp));
        }

        var self = E.Variable(typeof(Frame), "instance");
        var code = E.Variable(typeof(PouCode), "code");
        var frame = E.Variable(typeof(Frame), "frame");
        variables.AddRange([self, code, frame]);
        steps.Add(E.Assign(self, instance ?? E.Constant(null, typeof(Frame))));
        steps.Add(E.Assign(code, target.Code is { } fixedCode ? E.Constant(fixedCode) : LateBound(self, target.LateBoundSlot!, call.Syntax)));
        steps.Add(E.Assign(frame, E.Call(Runtime, nameof(ScanRuntime.CallFrame), null, code)));
        foreach (var (slot, value) in writes)
        {
            steps.Add(FrameSlot(frame, slot).Write(value));
        }

        var result = target.Result is null ? null : layout.Find(target.Result);
        if (propertyValue is not null && result is not null)
        {
            steps.Add(FrameSlot(frame, result).Write(propertyValue));
        }

        steps.Add(E.Invoke(E.Field(code, nameof(PouCode.Run)), instance is null ? frame : self, frame));
        foreach (var (slot, place, negate) in readBacks)
        {
            var read = FrameSlot(frame, slot).Read;
            steps.Add(place.Write(Convert(negate ? E.ExclusiveOr(read, E.Constant(1L)) : read, slot.Type, place.Type)));
        }

        if (propertyValue is null && result is not null)
        {
            steps.Add(FrameSlot(frame, result).Read);
            return E.Block(FrameSlot(frame, result).Read.Type, variables, steps);
        }

        steps.Add(E.Empty());
        return E.Block(typeof(void), variables, steps);
    }

    /// <summary>
    /// An input is converted to the parameter's type. A VAR_IN_OUT of a block, function or method gets a pointer to the
    /// caller's variable; a PROGRAM's VAR_IN_OUT passes the variable (objects by reference, numbers copied in and out).
    /// </summary>
    private Expression Argument(BoundArgument argument, FrameLayout.Slot parameter, List<(FrameLayout.Slot, Place, bool)> readBacks)
    {
        if (argument.Direction == ArgumentDirection.InOut && parameter.IsReference)
        {
            MarkWritten(argument.Value);
            return AddressOf(argument.Value);
        }

        if (argument.Direction == ArgumentDirection.InOut)
        {
            MarkWritten(argument.Value);
            var place = Place(argument.Value);
            if (parameter.Storage != StorageClass.Object)
            {
                readBacks.Add((parameter, place, false));
            }

            return place.Read;
        }

        return Convert(Value(argument.Value), argument.Value.Type, parameter.Type);
    }

    private static Place FrameSlot(Expression frame, FrameLayout.Slot slot)
    {
        var storage = E.Field(frame, slot.Storage switch
        {
            StorageClass.Long => nameof(Frame.L),
            StorageClass.Real => nameof(Frame.D),
            _ => nameof(Frame.O),
        });
        var element = E.ArrayAccess(storage, E.Constant(slot.Index));
        if (slot.Storage != StorageClass.Object)
        {
            return new Place(slot.Type, element, value => E.Assign(element, value));
        }

        var clr = slot.IsReference ? typeof(PlcPointer) : TypeStorage.ClrType(slot.Type);
        return new Place(slot.Type, clr == typeof(object) ? element : E.Convert(element, clr),
            value => E.Assign(element, value.Type == typeof(object) ? value : E.Convert(value, typeof(object))));
    }

    /// <summary>instance.Layout.Methods[slot]: the most derived implementation, or a fault if the instance has none.</summary>
    private Expression LateBound(Expression instance, string slotName, SyntaxNode syntax)
    {
        var slot = _generator.MethodSlot(slotName);
        var table = E.Property(E.Field(instance, nameof(Frame.Layout)), nameof(FrameLayout.Methods));
        var code = E.Variable(typeof(PouCode), "code");
        var fault = E.New(typeof(PlcRuntimeFault).GetConstructor([typeof(RuntimeFaultKind), typeof(string), typeof(FaultLocation)])!,
            E.Constant(RuntimeFaultKind.NullDereference),
            E.Constant($"{syntax.ToString().Trim()}: the instance has no implementation of {slotName}"),
            E.Constant(_location, typeof(FaultLocation)));
        return E.Block(typeof(PouCode), [code],
            E.Assign(code, E.Condition(E.LessThan(E.Constant(slot), E.ArrayLength(table)), E.ArrayIndex(table, E.Constant(slot)), E.Constant(null, typeof(PouCode)))),
            E.IfThen(E.ReferenceEqual(code, E.Constant(null, typeof(PouCode))), E.Throw(fault)),
            code);
    }

    /// <summary>An ACTION runs on its block's or program's own variables: no call frame, no parameters.</summary>
    private Expression ActionCall(PouSymbol action, Expression instance)
    {
        var code = _generator.CodeOf(action);
        var frame = E.Variable(typeof(Frame), "instance");
        return E.Block(typeof(void), [frame], E.Assign(frame, instance), E.Invoke(E.Field(E.Constant(code), nameof(PouCode.Run)), frame, frame));
    }

    /// <summary>A property read (GET) or write (SET), late bound like a method; inside the block the instance is this one.</summary>
    private Place Property(BoundPropertyAccess access)
    {
        var property = access.Property;
        var isSuper = IsSuper(access.Instance);
        var call = new BoundCall(access.Syntax, property, access.Instance, [], access.Type);
        var value = property.Name;
        CallTarget Accessor(string name)
        {
            var accessor = property.Members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            if (accessor is not null)
            {
                return MethodTarget(accessor, value, isSuper);
            }

            // An interface declares the property without accessors: any implementation's accessor frame starts with the value.
            return new CallTarget(_generator.PropertyLayout(property), null, $"{property.Name}.{name}", value);
        }

        var read = UserCall(call, Accessor("GET"), CallInstance(access.Instance));
        return new Place(access.Type, read, v => UserCall(call, Accessor("SET"), CallInstance(access.Instance), v));
    }

    /// <summary>
    /// Tmr(IN := x, PT := T#5s, Q =&gt; y) or Motor(...): inputs written into the instance, its body run, outputs read.
    /// Standard blocks are called directly on their simulator class; user blocks run their compiled body.
    /// </summary>
    private Expression FbCall(BoundFbCall call)
    {
        if (call.Block is null && StandardBlockBinding.Find(call.BlockType.Name) is { } standard)
        {
            return StandardBlockCall(call, standard);
        }

        var pou = call.Block ?? _generator.BlockPou(call.BlockType);
        if (pou is { Library: { } library })
        {
            _generator.Error(call.Syntax, LibraryCallMessage(pou, library));
            return E.Empty();
        }

        if (pou is null)
        {
            _generator.Error(call.Syntax, $"function block {call.BlockType.Name} is not supported by the simulator");
            return E.Empty();
        }

        var layout = _generator.LayoutOf(pou);
        var instance = E.Variable(typeof(Frame), "instance");
        var steps = new List<Expression> { E.Assign(instance, InstanceFrame(call.Instance)) };
        var readBacks = new List<(FrameLayout.Slot Slot, Place Target, bool Negate)>();
        foreach (var argument in call.Arguments)
        {
            if (layout.Find(argument.ParameterName) is not { } parameter)
            {
                _generator.Error(argument.Syntax, $"{pou.Name} has no parameter {argument.ParameterName}");
                continue;
            }

            if (argument.Direction == ArgumentDirection.Output)
            {
                MarkWritten(argument.Value);
                readBacks.Add((parameter, Place(argument.Value), argument.IsNegated));
                continue;
            }

            var value = Argument(argument, parameter, readBacks);
            steps.Add(FrameSlot(instance, parameter).Write(parameter.Storage == StorageClass.Object && argument.Direction == ArgumentDirection.Input
                ? StoredObject(value, parameter.Type)
                : value));
        }

        // A block reached through a pointer may be a derived one: its own body runs. SUPER^() runs the base body.
        var dynamic = call.Instance is BoundDeref { Pointer: not BoundPouReference } || call.Instance.Type.Underlying is PointerType or ReferenceType;
        Expression code = dynamic ? E.Property(E.Field(instance, nameof(Frame.Layout)), nameof(FrameLayout.Body)) : E.Constant(_generator.CodeOf(pou));
        steps.Add(E.Invoke(E.Field(code, nameof(PouCode.Run)), instance, instance));
        foreach (var (slot, target, negate) in readBacks)
        {
            var read = FrameSlot(instance, slot).Read;
            steps.Add(target.Write(Convert(negate ? E.ExclusiveOr(read, E.Constant(1L)) : read, slot.Type, target.Type)));
        }

        return E.Block(typeof(void), [instance], steps);
    }

    private Expression StandardBlockCall(BoundFbCall call, StandardBlockBinding standard)
    {
        var instance = E.Variable(standard.ClrType, "block");
        var steps = new List<Expression> { E.Assign(instance, E.Convert(InstanceValue(call.Instance), standard.ClrType)) };
        var outputs = new List<Expression>();
        foreach (var argument in call.Arguments)
        {
            var member = call.BlockType.FindMember(argument.ParameterName);
            if (argument.Direction == ArgumentDirection.Output)
            {
                MarkWritten(argument.Value);
                var target = Place(argument.Value);
                var read = standard.Read(instance, argument.ParameterName);
                if (read is null || member is null)
                {
                    _generator.Error(argument.Syntax, $"{call.BlockType.Name}.{argument.ParameterName} cannot be read by the simulator");
                    continue;
                }

                outputs.Add(target.Write(Convert(argument.IsNegated ? E.ExclusiveOr(read, E.Constant(1L)) : BlockOutput(read, member.Type), member.Type, target.Type)));
                continue;
            }

            var write = member is null ? null : standard.Write(instance, argument.ParameterName, Convert(Value(argument.Value), argument.Value.Type, member.Type));
            if (write is null)
            {
                _generator.Error(argument.Syntax, $"{call.BlockType.Name} has no input {argument.ParameterName} in the simulator");
                continue;
            }

            steps.Add(write);
        }

        steps.Add(E.Call(instance, standard.ClrType.GetMethod("Execute", Type.EmptyTypes)!));
        steps.AddRange(outputs);
        return E.Block(typeof(void), [instance], steps);
    }
}
