using PlcFleet.Simulation.Runtime;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class Scope
{
    public Func<Frame, Flow> Statement(BoundStatement statement)
    {
        var outer = _statement;
        _statement = CodeGenerator.LocationOf(statement.Syntax);
        try
        {
            return Compile(statement);
        }
        finally
        {
            _statement = outer;
        }
    }

    private Func<Frame, Flow> Compile(BoundStatement statement)
    {
        switch (statement)
        {
            case BoundAssignment assignment:
                MarkWritten(assignment.Target);
                var write = Assignment(Target(assignment.Target), Expression(assignment.Value));
                return f => { write(f); return Flow.Normal; };
            case BoundSetReset setReset:
                MarkWritten(setReset.Target);
                var target = Target(setReset.Target).SetL!;
                var condition = Convert(Expression(setReset.Value), ElementaryType.Bool).L!;
                var level = setReset.IsSet ? 1L : 0L;
                return f =>
                {
                    if (condition(f) != 0)
                    {
                        target(f, level);
                    }

                    return Flow.Normal;
                };
            case BoundCallStatement call:
                var expression = Expression(call.Call);
                return expression.Storage switch
                {
                    StorageClass.Long => f => { expression.L!(f); return Flow.Normal; },
                    StorageClass.Real => f => { expression.D!(f); return Flow.Normal; },
                    _ => f => { expression.O!(f); return Flow.Normal; },
                };
            case BoundFbCall fbCall:
                return FbCall(fbCall);
            case BoundIf ifStatement:
                return If(ifStatement);
            case BoundCase caseStatement:
                return Case(caseStatement);
            case BoundFor forStatement:
                return For(forStatement);
            case BoundWhile whileStatement:
                var whileCondition = Convert(Expression(whileStatement.Condition), ElementaryType.Bool).L!;
                var whileBody = Block(whileStatement.Statements);
                var whileLocation = _statement;
                return f =>
                {
                    while (whileCondition(f) != 0)
                    {
                        Tick(f, whileLocation);
                        var flow = whileBody(f);
                        if (flow == Flow.Exit)
                        {
                            break;
                        }

                        if (flow == Flow.Return)
                        {
                            return flow;
                        }
                    }

                    return Flow.Normal;
                };
            case BoundRepeat repeat:
                var until = Convert(Expression(repeat.Condition), ElementaryType.Bool).L!;
                var repeatBody = Block(repeat.Statements);
                var repeatLocation = _statement;
                return f =>
                {
                    do
                    {
                        Tick(f, repeatLocation);
                        var flow = repeatBody(f);
                        if (flow == Flow.Exit)
                        {
                            break;
                        }

                        if (flow == Flow.Return)
                        {
                            return flow;
                        }
                    }
                    while (until(f) == 0);
                    return Flow.Normal;
                };
            case BoundExit:
                return _ => Flow.Exit;
            case BoundContinue:
                return _ => Flow.Continue;
            case BoundReturn:
                return _ => Flow.Return;
            default:
                generator.Error(statement.Syntax, $"'{statement.Syntax.ToString().Trim()}' is not supported by the simulator");
                return _ => Flow.Normal;
        }
    }

    /// <summary>The per-scan loop watchdog: a loop that never ends faults the PLC instead of hanging the run.</summary>
    private static void Tick(Frame frame, FaultLocation? location)
    {
        if (--frame.Runtime.LoopBudget < 0)
        {
            throw new PlcRuntimeFault(RuntimeFaultKind.Watchdog, $"loop watchdog: more than {frame.Runtime.LoopBudgetPerScan} iterations in one scan", location);
        }
    }

    private Action<Frame> Assignment(CompiledTarget target, CompiledExpression value)
    {
        var converted = Convert(value, target.Type);
        switch (target.Storage)
        {
            case StorageClass.Long:
                var setL = target.SetL!;
                var l = converted.L!;
                return f => setL(f, l(f));
            case StorageClass.Real:
                var setD = target.SetD!;
                var d = converted.D!;
                return f => setD(f, d(f));
            default:
                var setO = target.SetO!;
                var o = converted.O ?? (_ => null);
                return f => setO(f, o(f));
        }
    }

    private Func<Frame, Flow> Block(IReadOnlyList<BoundStatement> statements)
    {
        var compiled = statements.Select(Statement).ToArray();
        if (compiled.Length == 1)
        {
            return compiled[0];
        }

        return f =>
        {
            foreach (var statement in compiled)
            {
                var flow = statement(f);
                if (flow != Flow.Normal)
                {
                    return flow;
                }
            }

            return Flow.Normal;
        };
    }

    private Func<Frame, Flow> If(BoundIf statement)
    {
        var conditions = statement.Branches.Select(b => Convert(Expression(b.Condition), ElementaryType.Bool).L!).ToArray();
        var bodies = statement.Branches.Select(b => Block(b.Statements)).ToArray();
        var otherwise = statement.Else is null ? null : Block(statement.Else);
        if (conditions.Length == 1)
        {
            var condition = conditions[0];
            var then = bodies[0];
            return otherwise is null
                ? f => condition(f) != 0 ? then(f) : Flow.Normal
                : f => condition(f) != 0 ? then(f) : otherwise(f);
        }

        return f =>
        {
            for (var i = 0; i < conditions.Length; i++)
            {
                if (conditions[i](f) != 0)
                {
                    return bodies[i](f);
                }
            }

            return otherwise is null ? Flow.Normal : otherwise(f);
        };
    }

    private Func<Frame, Flow> Case(BoundCase statement)
    {
        var selector = Expression(statement.Selector);
        if (selector.Storage != StorageClass.Long)
        {
            generator.Error(statement.Selector.Syntax, "CASE on a non-integer selector is not supported by the simulator");
            return _ => Flow.Normal;
        }

        var select = selector.L!;
        var ranges = new List<(long Lower, long Upper, int Body)>();
        var bodies = new List<Func<Frame, Flow>>();
        foreach (var element in statement.Elements)
        {
            foreach (var label in element.Labels)
            {
                if (label.Lower.Constant is not { } lower || (label.Upper is not null && label.Upper.Constant is null))
                {
                    generator.Error(label.Syntax, "CASE labels must be constants");
                    continue;
                }

                var low = CodeGenerator.ConstantLong(lower);
                ranges.Add((low, label.Upper?.Constant is { } upper ? CodeGenerator.ConstantLong(upper) : low, bodies.Count));
            }

            bodies.Add(Block(element.Statements));
        }

        var table = ranges.ToArray();
        var compiledBodies = bodies.ToArray();
        var otherwise = statement.Else is null ? null : Block(statement.Else);
        return f =>
        {
            var value = select(f);
            foreach (var (lower, upper, body) in table)
            {
                if (value >= lower && value <= upper)
                {
                    return compiledBodies[body](f);
                }
            }

            return otherwise is null ? Flow.Normal : otherwise(f);
        };
    }

    private Func<Frame, Flow> For(BoundFor statement)
    {
        MarkWritten(statement.Variable);
        var variable = Target(statement.Variable);
        if (variable.Storage != StorageClass.Long)
        {
            generator.Error(statement.Syntax, "FOR needs an integer control variable");
            return _ => Flow.Normal;
        }

        var get = variable.GetL!;
        var set = variable.SetL!;
        var start = Convert(Expression(statement.Start), variable.Type).L!;
        var end = Convert(Expression(statement.End), variable.Type).L!;
        var step = statement.Step is null ? (_ => 1) : Convert(Expression(statement.Step), variable.Type).L!;
        var body = Block(statement.Statements);
        var location = _statement;
        return f =>
        {
            var last = end(f);
            var by = step(f);
            set(f, start(f));
            while (by >= 0 ? get(f) <= last : get(f) >= last)
            {
                Tick(f, location);
                var flow = body(f);
                if (flow == Flow.Exit)
                {
                    break;
                }

                if (flow == Flow.Return)
                {
                    return flow;
                }

                var next = get(f) + by;
                if (by == 0 || TypeStorage.Wrap(next, variable.Type) != next)
                {
                    break;
                }

                set(f, next);
            }

            return Flow.Normal;
        };
    }
}
