using System.Linq.Expressions;
using PlcFleet.Simulation.Runtime;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    /// <summary>The largest CASE label range expanded into a jump table; wider ranges become compare chains.</summary>
    private const long MaxSwitchRange = 64;

    private Expression Statement(BoundStatement statement)
    {
        var outer = _location;
        _location = CodeGenerator.LocationOf(statement.Syntax);
        try
        {
            var compiled = Compile(statement);
            return compiled.Type == typeof(void) ? compiled : E.Block(typeof(void), compiled);
        }
        finally
        {
            _location = outer;
        }
    }

    private Expression Compile(BoundStatement statement)
    {
        switch (statement)
        {
            case BoundAssignment { IsReference: true, Target.Type.Underlying: ReferenceType { Target: var referenced } } reference
                when !referenced.IsError && !reference.Value.Type.IsError && !referenced.Underlying.Equals(reference.Value.Type.Underlying):
                // B&R ACCESS may point a REFERENCE TO BYTE at a STRING: reading it would reinterpret memory the simulator does not model.
                _generator.Error(statement.Syntax, $"a REFERENCE TO {referenced.Name} bound to a {reference.Value.Type.Name} is not supported by the simulator");
                return E.Empty();
            case BoundAssignment { IsReference: true } reference:
                MarkWritten(reference.Target);
                return Place(reference.Target).Write(AddressOf(reference.Value));
            case BoundAssignment assignment:
                MarkWritten(assignment.Target);
                var target = Place(assignment.Target);
                return target.Write(Convert(Value(assignment.Value), assignment.Value.Type, target.Type));
            case BoundSetReset setReset:
                MarkWritten(setReset.Target);
                return E.IfThen(Condition(setReset.Value), Place(setReset.Target).Write(E.Constant(setReset.IsSet ? 1L : 0L)));
            case BoundCallStatement call:
                return Call(call.Call);
            case BoundFbCall fbCall:
                return FbCall(fbCall);
            case BoundIf ifStatement:
                return If(ifStatement.Branches, 0, ifStatement.Else);
            case BoundCase caseStatement:
                return Case(caseStatement);
            case BoundFor forStatement:
                return For(forStatement);
            case BoundWhile whileStatement:
                return Loop(Condition(whileStatement.Condition), whileStatement.Statements, null);
            case BoundRepeat repeat:
                return Loop(null, repeat.Statements, Condition(repeat.Condition));
            case BoundExit when _loops.Count > 0:
                return E.Break(_loops.Peek().Break);
            case BoundContinue when _loops.Count > 0:
                return E.Continue(_loops.Peek().Continue);
            case BoundReturn:
                return E.Return(_return);
            case BoundLabel label:
                return E.Label(LabelOf(label.Name));
            case BoundJump { Target: not null } jump:
                // A backward JMP is a loop: it counts against the same per-scan watchdog.
                return E.Block(Tick(), E.Goto(LabelOf(jump.Label)));
            default:
                _generator.Error(statement.Syntax, $"'{statement.Syntax.ToString().Trim()}' is not supported by the simulator");
                return E.Empty();
        }
    }

    private LabelTarget LabelOf(string name)
    {
        if (!_labels.TryGetValue(name, out var label))
        {
            label = E.Label(name);
            _labels.Add(name, label);
        }

        return label;
    }

    private Expression Block(IReadOnlyList<BoundStatement> statements) =>
        statements.Count == 0 ? E.Empty() : E.Block(typeof(void), statements.Select(Statement));

    /// <summary>The per-scan loop watchdog: a loop that never ends faults the PLC instead of hanging the run.</summary>
    private Expression Tick()
    {
        var budget = E.Field(Runtime, nameof(ScanRuntime.LoopBudget));
        var fault = E.Call(typeof(Faults), nameof(Faults.Watchdog), null,
            E.Field(Runtime, nameof(ScanRuntime.LoopBudgetPerScan)), E.Constant(_location, typeof(FaultLocation)));
        return E.IfThen(E.LessThan(E.PreDecrementAssign(budget), E.Constant(0L)), E.Throw(fault));
    }

    private Expression If(IReadOnlyList<BoundConditionalBranch> branches, int index, IReadOnlyList<BoundStatement>? otherwise)
    {
        if (index == branches.Count)
        {
            return otherwise is null ? E.Empty() : Block(otherwise);
        }

        var branch = branches[index];
        var condition = Condition(branch.Condition);
        var then = Block(branch.Statements);
        return index == branches.Count - 1 && otherwise is null
            ? E.IfThen(condition, then)
            : E.IfThenElse(condition, then, If(branches, index + 1, otherwise));
    }

    private Expression Case(BoundCase statement)
    {
        var selector = Value(statement.Selector);
        if (selector.Type != typeof(long))
        {
            _generator.Error(statement.Selector.Syntax, "CASE on a non-integer selector is not supported by the simulator");
            return E.Empty();
        }

        var value = E.Variable(typeof(long), "selector");
        var cases = new List<SwitchCase>();
        var taken = new HashSet<long>();
        var ranges = new List<(long Lower, long Upper, Expression Body)>();
        foreach (var element in statement.Elements)
        {
            var tests = new List<Expression>();
            var body = Block(element.Statements);
            foreach (var label in element.Labels)
            {
                if (label.Lower.Constant is not { } lower || (label.Upper is not null && label.Upper.Constant is null))
                {
                    _generator.Error(label.Syntax, "CASE labels must be constants");
                    continue;
                }

                var low = CodeGenerator.ConstantLong(lower);
                var high = label.Upper?.Constant is { } upper ? CodeGenerator.ConstantLong(upper) : low;
                if (high - low >= MaxSwitchRange)
                {
                    ranges.Add((low, high, body));
                    continue;
                }

                // The first label that matches wins, as in ST: a value listed twice belongs to its first case.
                for (var v = low; v <= high; v++)
                {
                    if (taken.Add(v))
                    {
                        tests.Add(E.Constant(v));
                    }
                }
            }

            if (tests.Count > 0)
            {
                cases.Add(E.SwitchCase(E.Block(typeof(void), body), tests));
            }
        }

        Expression otherwise = statement.Else is null ? E.Empty() : Block(statement.Else);
        for (var i = ranges.Count - 1; i >= 0; i--)
        {
            var (lower, upper, body) = ranges[i];
            otherwise = E.IfThenElse(E.AndAlso(E.GreaterThanOrEqual(value, E.Constant(lower)), E.LessThanOrEqual(value, E.Constant(upper))), body, otherwise);
        }

        var dispatch = cases.Count == 0 ? otherwise : E.Switch(typeof(void), value, otherwise, null, cases);
        return E.Block(typeof(void), [value], E.Assign(value, selector), dispatch);
    }

    /// <summary>WHILE (test before) or REPEAT (test after); EXIT breaks, CONTINUE goes to the next test.</summary>
    private Expression Loop(Expression? whileCondition, IReadOnlyList<BoundStatement> statements, Expression? untilCondition)
    {
        var labels = (Break: E.Label("exit"), Continue: E.Label("continue"));
        _loops.Push(labels);
        var body = Block(statements);
        _loops.Pop();
        var steps = new List<Expression>();
        if (whileCondition is not null)
        {
            steps.Add(E.IfThen(E.Not(whileCondition), E.Break(labels.Break)));
        }

        steps.Add(Tick());
        steps.Add(body);
        steps.Add(E.Label(labels.Continue));
        if (untilCondition is not null)
        {
            steps.Add(E.IfThen(untilCondition, E.Break(labels.Break)));
        }

        return E.Loop(E.Block(typeof(void), steps), labels.Break);
    }

    private Expression For(BoundFor statement)
    {
        MarkWritten(statement.Variable);
        var variable = Place(statement.Variable);
        if (variable.Read.Type != typeof(long))
        {
            _generator.Error(statement.Syntax, "FOR needs an integer control variable");
            return E.Empty();
        }

        var type = statement.Variable.Type;
        var last = E.Variable(typeof(long), "last");
        var step = E.Variable(typeof(long), "step");
        var next = E.Variable(typeof(long), "next");
        var labels = (Break: E.Label("exit"), Continue: E.Label("continue"));
        _loops.Push(labels);
        var body = Block(statement.Statements);
        _loops.Pop();
        var constantStep = statement.Step is null ? 1L : statement.Step.Constant is { } c ? CodeGenerator.ConstantLong(c) : (long?)null;
        Expression inRange = constantStep switch
        {
            >= 0 => E.LessThanOrEqual(variable.Read, last),
            < 0 => E.GreaterThanOrEqual(variable.Read, last),
            null => E.Condition(E.GreaterThanOrEqual(step, E.Constant(0L)), E.LessThanOrEqual(variable.Read, last), E.GreaterThanOrEqual(variable.Read, last)),
        };
        var loop = E.Loop(E.Block(typeof(void),
            E.IfThen(E.Not(inRange), E.Break(labels.Break)),
            Tick(),
            body,
            E.Label(labels.Continue),

            // The variable never wraps past the end of its type: the loop stops there, as on a PLC.
            E.Assign(next, E.Add(variable.Read, step)),
            E.IfThen(E.OrElse(E.Equal(step, E.Constant(0L)), E.NotEqual(Wrap(next, type), next)), E.Break(labels.Break)),
            variable.Write(next)), labels.Break);
        var stepValue = statement.Step is null ? E.Constant(1L) : Convert(Value(statement.Step), statement.Step.Type, type);
        return E.Block(typeof(void), [last, step, next],
            E.Assign(last, Convert(Value(statement.End), statement.End.Type, type)),
            E.Assign(step, stepValue),
            variable.Write(Convert(Value(statement.Start), statement.Start.Type, type)),
            loop);
    }
}
