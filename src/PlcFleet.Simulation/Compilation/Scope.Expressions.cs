using PlcFleet.Simulation.Runtime;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Compilation;

/// <summary>Compiles the expressions and statements of one POU body against its frame layout.</summary>
internal sealed partial class Scope(CodeGenerator generator, FrameLayout layout)
{
    private FaultLocation? _statement;

    public CompiledExpression Expression(BoundExpression expression)
    {
        if (expression.Constant is { } constant && expression is not BoundVariable { Variable.IsConstant: false })
        {
            return Constant(expression.Type, constant);
        }

        switch (expression)
        {
            case BoundVariable or BoundMember or BoundIndex or BoundBitAccess or BoundDirectAddress:
                return Target(expression).AsExpression();
            case BoundConversion conversion:
                return Convert(Expression(conversion.Operand), conversion.TargetType);
            case BoundUnary unary:
                return Unary(unary);
            case BoundBinary binary:
                return Binary(binary);
            case BoundCall call:
                return Call(call);
            default:
                return Unsupported(expression.Syntax, expression.Type, $"'{expression.Syntax}' is not supported by the simulator");
        }
    }

    public CompiledTarget Target(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundVariable variable:
                return Variable(variable);
            case BoundMember member:
                return Member(member);
            case BoundIndex index:
                return Index(index);
            case BoundDirectAddress direct:
                return Slot(direct.Type, generator.AddressSlot(direct.Address, direct.Type), isGlobal: true);
            case BoundBitAccess bit:
                var word = Target(bit.Value);
                var mask = 1L << bit.Bit;
                var shift = bit.Bit;
                var getWord = word.GetL!;
                var setWord = word.SetL!;
                return new CompiledTarget(ElementaryType.Bool, StorageClass.Long,
                    f => (getWord(f) >> shift) & 1,
                    (f, v) => setWord(f, TypeStorage.Wrap(v != 0 ? getWord(f) | mask : getWord(f) & ~mask, word.Type)));
            default:
                var value = Expression(expression);
                return new CompiledTarget(value.Type, value.Storage, value.L, (_, _) => { }, value.D, (_, _) => { }, value.O, (_, _) => { });
        }
    }

    private CompiledExpression Constant(StType type, StructuredText.Semantics.Values.ConstantValue constant)
    {
        switch (TypeStorage.Of(type))
        {
            case StorageClass.Long:
                var l = CodeGenerator.ConstantLong(constant);
                return CompiledExpression.Long(type, _ => l);
            case StorageClass.Real:
                var d = CodeGenerator.ConstantReal(constant);
                return CompiledExpression.Real(type, _ => d);
            default:
                var o = CodeGenerator.ObjectConstant(constant);
                return CompiledExpression.Object(type, _ => o);
        }
    }

    private CompiledTarget Variable(BoundVariable bound)
    {
        var variable = bound.Variable;
        if (variable.Storage is not (VariableStorage.Global or VariableStorage.External) && layout.Find(variable.Name) is { } local)
        {
            return Slot(variable.Type, local, isGlobal: false);
        }

        return Slot(variable.Type, generator.GlobalSlot(variable), isGlobal: true);
    }

    /// <summary>Records which global a statement writes, so signals can tell this program's inputs from its outputs.</summary>
    public void MarkWritten(BoundExpression target)
    {
        while (true)
        {
            switch (target)
            {
                case BoundMember member:
                    target = member.Instance;
                    continue;
                case BoundIndex index:
                    target = index.Array;
                    continue;
                case BoundBitAccess bit:
                    target = bit.Value;
                    continue;
                case BoundDirectAddress direct:
                    generator.WrittenGlobals.Add(direct.Address);
                    return;
                case BoundVariable { Variable.Storage: VariableStorage.Global or VariableStorage.External } variable:
                    generator.WrittenGlobals.Add(variable.Variable.Name);
                    return;
                case BoundVariable variable when layout.Find(variable.Variable.Name) is null:
                    generator.WrittenGlobals.Add(variable.Variable.Name);
                    return;
                default:
                    return;
            }
        }
    }

    private static CompiledTarget Slot(StType type, FrameLayout.Slot slot, bool isGlobal)
    {
        var i = slot.Index;
        var isLocal = !isGlobal;
        return slot.Storage switch
        {
            StorageClass.Long when isLocal => new CompiledTarget(type, StorageClass.Long, f => f.L[i], (f, v) => f.L[i] = v),
            StorageClass.Long => new CompiledTarget(type, StorageClass.Long, f => f.Runtime.Globals.L[i], (f, v) => f.Runtime.Globals.L[i] = v),
            StorageClass.Real when isLocal => new CompiledTarget(type, StorageClass.Real, GetD: f => f.D[i], SetD: (f, v) => f.D[i] = v),
            StorageClass.Real => new CompiledTarget(type, StorageClass.Real, GetD: f => f.Runtime.Globals.D[i], SetD: (f, v) => f.Runtime.Globals.D[i] = v),
            _ when isLocal => new CompiledTarget(type, StorageClass.Object, GetO: f => f.O[i], SetO: (f, v) => f.O[i] = ValueCopy.Clone(v)),
            _ => new CompiledTarget(type, StorageClass.Object, GetO: f => f.Runtime.Globals.O[i], SetO: (f, v) => f.Runtime.Globals.O[i] = ValueCopy.Clone(v)),
        };
    }

    private CompiledTarget Member(BoundMember bound)
    {
        var instance = Expression(bound.Instance);
        var read = instance.O ?? (_ => null);
        var type = bound.Member.Type;
        var instanceType = bound.Instance.Type.Underlying;
        if (instanceType is FunctionBlockType block && StandardBlockBinding.Find(block.Name) is { } standard)
        {
            var get = standard.Getter(bound.Member.Name);
            var set = standard.Setter(bound.Member.Name);
            if (get is null)
            {
                return Broken(bound.Syntax, type, $"{block.Name} has no member {bound.Member.Name} in the simulator");
            }

            return new CompiledTarget(type, StorageClass.Long, f => get(read(f)!), (f, v) => set?.Invoke(read(f)!, v));
        }

        var memberLayout = instanceType switch
        {
            StructType structType => generator.StructLayout(structType),
            FunctionBlockType fb when generator.BlockPou(fb) is { } blockPou => generator.LayoutOf(blockPou),
            _ => null,
        };
        var slot = memberLayout?.Find(bound.Member.Name);
        if (slot is null)
        {
            return Broken(bound.Syntax, type, $"member access '{bound.Syntax}' is not supported by the simulator");
        }

        var i = slot.Index;
        return slot.Storage switch
        {
            StorageClass.Long => new CompiledTarget(type, StorageClass.Long, f => ((Frame)read(f)!).L[i], (f, v) => ((Frame)read(f)!).L[i] = v),
            StorageClass.Real => new CompiledTarget(type, StorageClass.Real, GetD: f => ((Frame)read(f)!).D[i], SetD: (f, v) => ((Frame)read(f)!).D[i] = v),
            _ => new CompiledTarget(type, StorageClass.Object, GetO: f => ((Frame)read(f)!).O[i], SetO: (f, v) => ((Frame)read(f)!).O[i] = ValueCopy.Clone(v)),
        };
    }

    private CompiledTarget Index(BoundIndex bound)
    {
        var array = Expression(bound.Array).O ?? (_ => null);
        var indices = bound.Indices.Select(i => Convert(Expression(i), ElementaryType.LInt).L!).ToArray();
        var location = _statement;
        var text = bound.Syntax.ToString().Trim();
        Func<Frame, (PlcArray Array, int Offset)> locate = indices.Length == 1
            ? f =>
            {
                var a = (PlcArray)array(f)!;
                var index = indices[0](f);
                var offset = a.Offset([index]);
                return offset < 0 ? throw new PlcRuntimeFault(RuntimeFaultKind.IndexOutOfRange, $"index {index} is outside the bounds of {text}", location) : (a, offset);
            }
        : f =>
            {
                var a = (PlcArray)array(f)!;
                Span<long> values = stackalloc long[indices.Length];
                for (var k = 0; k < indices.Length; k++)
                {
                    values[k] = indices[k](f);
                }

                var offset = a.Offset(values);
                return offset < 0 ? throw new PlcRuntimeFault(RuntimeFaultKind.IndexOutOfRange, $"an index is outside the bounds of {text}", location) : (a, offset);
            };
        var type = bound.Type;
        return TypeStorage.Of(type) switch
        {
            StorageClass.Long => new CompiledTarget(type, StorageClass.Long, f => { var (a, o) = locate(f); return a.L![o]; }, (f, v) => { var (a, o) = locate(f); a.L![o] = v; }),
            StorageClass.Real => new CompiledTarget(type, StorageClass.Real, GetD: f => { var (a, o) = locate(f); return a.D![o]; }, SetD: (f, v) => { var (a, o) = locate(f); a.D![o] = v; }),
            _ => new CompiledTarget(type, StorageClass.Object, GetO: f => { var (a, o) = locate(f); return a.O![o]; }, SetO: (f, v) => { var (a, o) = locate(f); a.O![o] = ValueCopy.Clone(v); }),
        };
    }

    private CompiledTarget Broken(SyntaxNode syntax, StType type, string message)
    {
        var e = Unsupported(syntax, type, message);
        return new CompiledTarget(type, e.Storage, e.L, (_, _) => { }, e.D, (_, _) => { }, e.O, (_, _) => { });
    }

    private CompiledExpression Unsupported(SyntaxNode syntax, StType type, string message)
    {
        generator.Error(syntax, message);
        return TypeStorage.Of(type) switch
        {
            StorageClass.Long => CompiledExpression.Long(type, _ => 0),
            StorageClass.Real => CompiledExpression.Real(type, _ => 0),
            _ => CompiledExpression.Object(type, _ => null),
        };
    }
}
