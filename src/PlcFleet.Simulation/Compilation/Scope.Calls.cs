using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class Scope
{
    private CompiledExpression Call(BoundCall call)
    {
        if (call.Callee is StandardFunctionSymbol standard)
        {
            return StandardFunction(call, standard.Function.Name);
        }

        if (call.Callee is PouSymbol { Kind: PouKind.Function } function)
        {
            return UserFunction(call, function);
        }

        return Unsupported(call.Syntax, call.Type, $"calling {call.Callee.Name} is not supported by the simulator (methods are not simulated yet)");
    }

    private CompiledExpression UserFunction(BoundCall call, PouSymbol function)
    {
        var calleeLayout = generator.LayoutOf(function);
        var body = generator.BodyOf(function);
        var inputs = new List<Action<Frame, Frame>>();
        var outputs = new List<Action<Frame, Frame>>();
        foreach (var argument in call.Arguments)
        {
            var parameter = calleeLayout.Find(argument.ParameterName);
            if (parameter is null)
            {
                return Unsupported(argument.Syntax, call.Type, $"{function.Name} has no parameter {argument.ParameterName}");
            }

            if (argument.Direction == ArgumentDirection.Output)
            {
                outputs.Add(CopyOut(parameter, argument));
            }
            else
            {
                inputs.Add(CopyIn(parameter, argument.Value));
            }
        }

        var result = calleeLayout.Find(function.ResultVariable?.Name ?? function.Name);
        var run = RunBody(body);
        Func<Frame, Frame> invoke = f =>
        {
            var callee = calleeLayout.Create(f.Runtime);
            foreach (var input in inputs)
            {
                input(f, callee);
            }

            run(callee);
            foreach (var output in outputs)
            {
                output(f, callee);
            }

            return callee;
        };
        if (result is null)
        {
            return CompiledExpression.Long(call.Type, f => { invoke(f); return 0; });
        }

        var i = result.Index;
        return result.Storage switch
        {
            StorageClass.Long => CompiledExpression.Long(call.Type, f => invoke(f).L[i]),
            StorageClass.Real => CompiledExpression.Real(call.Type, f => invoke(f).D[i]),
            _ => CompiledExpression.Object(call.Type, f => invoke(f).O[i]),
        };
    }

    /// <summary>Input argument: evaluated in the caller's frame, written into the callee's parameter slot.</summary>
    private Action<Frame, Frame> CopyIn(FrameLayout.Slot parameter, BoundExpression value)
    {
        var compiled = Convert(Expression(value), parameter.Type);
        var i = parameter.Index;
        return parameter.Storage switch
        {
            StorageClass.Long => (caller, callee) => callee.L[i] = compiled.L!(caller),
            StorageClass.Real => (caller, callee) => callee.D[i] = compiled.D!(caller),
            _ => (caller, callee) => callee.O[i] = ValueCopy.Clone(compiled.O!(caller)),
        };
    }

    /// <summary>Output argument (Q =&gt; x): read from the callee after the call, written to the caller's variable.</summary>
    private Action<Frame, Frame> CopyOut(FrameLayout.Slot parameter, BoundArgument argument)
    {
        MarkWritten(argument.Value);
        var target = Target(argument.Value);
        var i = parameter.Index;
        var negate = argument.IsNegated;
        var source = parameter.Storage switch
        {
            StorageClass.Long => CompiledExpression.Long(parameter.Type, callee => negate ? callee.L[i] ^ 1 : callee.L[i]),
            StorageClass.Real => CompiledExpression.Real(parameter.Type, callee => callee.D[i]),
            _ => CompiledExpression.Object(parameter.Type, callee => callee.O[i]),
        };
        var write = Assign(target, Convert(source, target.Type));
        return (caller, callee) => write(caller, callee);
    }

    /// <summary>An assignment whose value is computed from another frame (the callee) and stored in the caller's.</summary>
    private static Action<Frame, Frame> Assign(CompiledTarget target, CompiledExpression value) => target.Storage switch
    {
        StorageClass.Long => (caller, source) => target.SetL!(caller, value.L!(source)),
        StorageClass.Real => (caller, source) => target.SetD!(caller, value.D!(source)),
        _ => (caller, source) => target.SetO!(caller, value.O!(source)),
    };

    private static Action<Frame> RunBody(Func<Frame, Flow>[] body) => frame =>
    {
        frame.Layout.ResetTemps(frame);
        foreach (var statement in body)
        {
            if (statement(frame) == Flow.Return)
            {
                return;
            }
        }
    };

    private Func<Frame, Flow> FbCall(BoundFbCall call)
    {
        var instance = Expression(call.Instance).O ?? (_ => null);
        if (call.Block is null && StandardBlockBinding.Find(call.BlockType.Name) is { } standard)
        {
            var inputs = new List<Action<Frame, object>>();
            var outputs = new List<Action<Frame, object>>();
            foreach (var argument in call.Arguments)
            {
                if (argument.Direction == ArgumentDirection.Output)
                {
                    var get = standard.Getter(argument.ParameterName);
                    MarkWritten(argument.Value);
                    var target = Target(argument.Value);
                    if (get is null || target.SetL is null)
                    {
                        generator.Error(argument.Syntax, $"{call.BlockType.Name}.{argument.ParameterName} cannot be read by the simulator");
                        continue;
                    }

                    var negate = argument.IsNegated;
                    var set = target.SetL;
                    outputs.Add((f, block) => set(f, negate ? get(block) ^ 1 : get(block)));
                }
                else
                {
                    var setter = standard.Setter(argument.ParameterName);
                    var member = CodeGenerator.MemberType(call.BlockType, argument.ParameterName);
                    if (setter is null || member is null)
                    {
                        generator.Error(argument.Syntax, $"{call.BlockType.Name} has no input {argument.ParameterName} in the simulator");
                        continue;
                    }

                    var value = Convert(Expression(argument.Value), member).L!;
                    inputs.Add((f, block) => setter(block, value(f)));
                }
            }

            var execute = standard.Execute;
            return f =>
            {
                var block = instance(f)!;
                foreach (var input in inputs)
                {
                    input(f, block);
                }

                execute(block);
                foreach (var output in outputs)
                {
                    output(f, block);
                }

                return Flow.Normal;
            };
        }

        var pouOfBlock = call.Block ?? generator.BlockPou(call.BlockType);
        if (pouOfBlock is null)
        {
            generator.Error(call.Syntax, $"function block {call.BlockType.Name} is not supported by the simulator");
            return _ => Flow.Normal;
        }

        var blockLayout = generator.LayoutOf(pouOfBlock);
        var body = generator.BodyOf(pouOfBlock);
        var ins = new List<Action<Frame, Frame>>();
        var outs = new List<Action<Frame, Frame>>();
        foreach (var argument in call.Arguments)
        {
            var parameter = blockLayout.Find(argument.ParameterName);
            if (parameter is null)
            {
                generator.Error(argument.Syntax, $"{pouOfBlock.Name} has no parameter {argument.ParameterName}");
                continue;
            }

            if (argument.Direction == ArgumentDirection.Output)
            {
                outs.Add(CopyOut(parameter, argument));
            }
            else
            {
                ins.Add(CopyIn(parameter, argument.Value));
            }
        }

        var inputArray = ins.ToArray();
        var outputArray = outs.ToArray();
        return f =>
        {
            var block = (Frame)instance(f)!;
            foreach (var input in inputArray)
            {
                input(f, block);
            }

            block.Layout.ResetTemps(block);

            // The body array is read at call time: a block compiled while its own body was still compiling sees it complete.
            foreach (var statement in body.Length == 0 ? generator.BodyOf(pouOfBlock) : body)
            {
                if (statement(block) == Flow.Return)
                {
                    break;
                }
            }

            foreach (var output in outputArray)
            {
                output(f, block);
            }

            return Flow.Normal;
        };
    }
}
