using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    /// <summary>
    /// ADD, SUB, MUL, DIV, MOD, AND, OR, XOR, NOT, MOVE and the named time functions (ADD_TIME...): rewritten into the
    /// operator nodes they stand for and emitted by the operator code, so wrap-around, REAL rounding and the
    /// division-by-zero fault (with the call's position) are the operators' own. ADD(a, b, c) is (a + b) + c.
    /// </summary>
    private Expression? OperatorFunction(BoundCall call, string upper, List<BoundArgument> inputs)
    {
        if (upper == "MOVE")
        {
            return Input(inputs[0], call.Type);
        }

        if (upper == "NOT")
        {
            return Value(new BoundUnary(call.Syntax, UnaryOperator.Not, inputs[0].Value, call.Type, null));
        }

        BinaryOperator? op = upper switch
        {
            "ADD" => BinaryOperator.Add,
            "SUB" => BinaryOperator.Subtract,
            "MUL" => BinaryOperator.Multiply,
            "DIV" => BinaryOperator.Divide,
            "MOD" => BinaryOperator.Modulo,
            "AND" => BinaryOperator.And,
            "OR" => BinaryOperator.Or,
            "XOR" => BinaryOperator.Xor,
            _ => null,
        };
        if (op is null)
        {
            return null;
        }

        // The duration overloads (ADD(TIME, TIME), MUL(TIME, INT)) have no T: the operator works on the types as given.
        var operandType = call.Resolution?.GenericType;
        var expression = inputs.Skip(1).Aggregate(inputs[0].Value,
            (left, right) => new BoundBinary(call.Syntax, op.Value, left, right.Value, call.Type, operandType, null));
        return Value(expression);
    }

    /// <summary>ADD_TIME, SUB_TOD_TIME, MUL_TIME...: the operator of the time-arithmetic rule the name stands for.</summary>
    private Expression? TimeFunction(BoundCall call, string upper, List<BoundArgument> inputs)
    {
        var rule = TimeArithmetic.Rules.FirstOrDefault(r => string.Equals(r.FunctionName, upper, StringComparison.OrdinalIgnoreCase));
        if (rule is null || inputs.Any(i => IsDate(i.Value.Type)) || IsDate(call.Type))
        {
            return null; // CONCAT_DATE_TOD and the DATE/TOD/DT rules: no runtime representation of dates yet.
        }

        return Value(new BoundBinary(call.Syntax, rule.Operator, inputs[0].Value, inputs[1].Value, call.Type, null, null));
    }

    /// <summary>
    /// GT, GE, EQ, LE, LT, NE. The extensible ones are TRUE when the inputs are in order: GT(a, b, c) = a &gt; b AND b &gt; c,
    /// each input evaluated once, compared with the comparison operators' code.
    /// </summary>
    private Expression? ComparisonFunction(BoundCall call, string upper, List<BoundArgument> inputs)
    {
        BinaryOperator? op = upper switch
        {
            "GT" => BinaryOperator.Greater,
            "GE" => BinaryOperator.GreaterOrEqual,
            "EQ" => BinaryOperator.Equal,
            "LE" => BinaryOperator.LessOrEqual,
            "LT" => BinaryOperator.Less,
            "NE" => BinaryOperator.NotEqual,
            _ => null,
        };
        if (op is null)
        {
            return null;
        }

        var type = GenericTypeOf(call);
        if (inputs.Count == 2)
        {
            return BoolToLong(Condition(new BoundBinary(call.Syntax, op.Value, inputs[0].Value, inputs[1].Value, ElementaryType.Bool, type, null)));
        }

        var temps = inputs.Select((a, i) => E.Variable(TypeStorage.ClrType(type), $"in{i}")).ToList();
        var assignments = inputs.Select((a, i) => (Expression)E.Assign(temps[i], Input(a, type)));
        var inOrder = Enumerable.Range(0, temps.Count - 1)
            .Select(i => Comparison(op.Value, temps[i], temps[i + 1], type))
            .Aggregate(E.And);
        return E.Block(typeof(long), temps, assignments.Append(BoolToLong(inOrder)));
    }
}
