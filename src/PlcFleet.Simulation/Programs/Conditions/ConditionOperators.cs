using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Programs.Conditions;

/// <summary>
/// ST's operators on condition operands, type-checked when compiling: logic on BOOL (short-circuit, which IEC
/// permits) or bitwise on bit strings and integers, comparisons within numbers, TIMEs, strings or BOOLs, and
/// arithmetic on numbers and TIME. Integer results wrap to the wider operand type, as on the PLC.
/// </summary>
internal static class ConditionOperators
{
    public static ConditionOperand Unary(SyntaxKind kind, ConditionOperand operand, Func<string, Exception> reject)
    {
        var read = operand.Read;
        var type = operand.Type;
        return (kind, operand.Kind) switch
        {
            (SyntaxKind.NotExpression, PlcValueKind.Bool) => new(PlcType.Bool, () => PlcValue.FromBool(!read().AsBool)),
            (SyntaxKind.NotExpression, PlcValueKind.Integer) => new(type, () => PlcValue.FromInteger(~read().AsInteger, type)),
            (SyntaxKind.NegateExpression, PlcValueKind.Integer) => new(type, () => PlcValue.FromInteger(-read().AsInteger, type), operand.IsUntypedLiteral),
            (SyntaxKind.NegateExpression, PlcValueKind.Real) => new(type, () => PlcValue.FromReal(-read().AsReal, type), operand.IsUntypedLiteral),
            (SyntaxKind.NegateExpression, PlcValueKind.Time) => new(type, () => PlcValue.FromNanoseconds(-read().AsNanoseconds, type)),
            (SyntaxKind.UnaryPlusExpression, PlcValueKind.Integer or PlcValueKind.Real or PlcValueKind.Time) => operand,
            _ => throw reject($"{Describe(kind)} does not apply to {type}"),
        };
    }

    public static ConditionOperand Binary(SyntaxKind kind, string op, ConditionOperand left, ConditionOperand right, Func<string, Exception> reject)
    {
        var (l, r) = (left.Read, right.Read);
        switch (kind)
        {
            case SyntaxKind.AndExpression or SyntaxKind.AndThenExpression or SyntaxKind.OrExpression or SyntaxKind.OrElseExpression or SyntaxKind.XorExpression:
                return Logic(kind, op, left, right, reject);
            case SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression or SyntaxKind.LessThanExpression or SyntaxKind.GreaterThanExpression
                or SyntaxKind.LessThanOrEqualExpression or SyntaxKind.GreaterThanOrEqualExpression:
                var compare = Comparer(left, right) ?? throw reject($"cannot compare {left.Type} with {right.Type}");
                Func<int, bool> holds = kind switch
                {
                    SyntaxKind.EqualsExpression => c => c == 0,
                    SyntaxKind.NotEqualsExpression => c => c != 0,
                    SyntaxKind.LessThanExpression => c => c < 0,
                    SyntaxKind.GreaterThanExpression => c => c > 0,
                    SyntaxKind.LessThanOrEqualExpression => c => c <= 0,
                    _ => c => c >= 0,
                };
                return new(PlcType.Bool, () => PlcValue.FromBool(holds(compare(l(), r()))));
            default:
                return Arithmetic(kind, op, left, right, reject);
        }
    }

    private static ConditionOperand Logic(SyntaxKind kind, string op, ConditionOperand left, ConditionOperand right, Func<string, Exception> reject)
    {
        var (l, r) = (left.Read, right.Read);
        var and = kind is SyntaxKind.AndExpression or SyntaxKind.AndThenExpression;
        var or = kind is SyntaxKind.OrExpression or SyntaxKind.OrElseExpression;
        if (left.Kind == PlcValueKind.Bool && right.Kind == PlcValueKind.Bool)
        {
            return new(PlcType.Bool, and ? () => PlcValue.FromBool(l().AsBool && r().AsBool)
                : or ? () => PlcValue.FromBool(l().AsBool || r().AsBool)
                : () => PlcValue.FromBool(l().AsBool ^ r().AsBool));
        }

        if (left.Kind == PlcValueKind.Integer && right.Kind == PlcValueKind.Integer)
        {
            var type = Wider(left, right);
            return new(type, and ? () => PlcValue.FromInteger(l().AsInteger & r().AsInteger, type)
                : or ? () => PlcValue.FromInteger(l().AsInteger | r().AsInteger, type)
                : () => PlcValue.FromInteger(l().AsInteger ^ r().AsInteger, type));
        }

        throw reject($"{op.ToUpperInvariant()} needs two BOOLs or two bit strings, not {left.Type} and {right.Type}");
    }

    private static ConditionOperand Arithmetic(SyntaxKind kind, string op, ConditionOperand left, ConditionOperand right, Func<string, Exception> reject)
    {
        var (l, r) = (left.Read, right.Read);
        var (lk, rk) = (left.Kind, right.Kind);
        if (lk == PlcValueKind.Integer && rk == PlcValueKind.Integer)
        {
            var type = Wider(left, right);
            Func<long, long, long>? f = kind switch
            {
                SyntaxKind.AddExpression => (a, b) => unchecked(a + b),
                SyntaxKind.SubtractExpression => (a, b) => unchecked(a - b),
                SyntaxKind.MultiplyExpression => (a, b) => unchecked(a * b),
                SyntaxKind.DivideExpression => (a, b) => b == 0 ? throw new ConditionFaultException($"division by zero in '{op}'") : a / b,
                SyntaxKind.ModuloExpression => (a, b) => b == 0 ? throw new ConditionFaultException("MOD by zero") : a % b,
                _ => null,
            };
            if (f is not null)
            {
                return new(type, () => PlcValue.FromInteger(f(l().AsInteger, r().AsInteger), type), left.IsUntypedLiteral && right.IsUntypedLiteral);
            }
        }

        if (lk is PlcValueKind.Integer or PlcValueKind.Real && rk is PlcValueKind.Integer or PlcValueKind.Real)
        {
            var type = lk == PlcValueKind.Real && !left.IsUntypedLiteral ? left.Type : rk == PlcValueKind.Real ? right.Type : PlcType.LReal;
            Func<double, double, double>? f = kind switch
            {
                SyntaxKind.AddExpression => (a, b) => a + b,
                SyntaxKind.SubtractExpression => (a, b) => a - b,
                SyntaxKind.MultiplyExpression => (a, b) => a * b,
                SyntaxKind.DivideExpression => (a, b) => a / b,
                SyntaxKind.PowerExpression => Math.Pow,
                _ => null,
            };
            if (f is not null)
            {
                return new(type, () => PlcValue.FromReal(f(l().AsReal, r().AsReal), type));
            }
        }

        if (lk == PlcValueKind.Time && rk == PlcValueKind.Time && kind is SyntaxKind.AddExpression or SyntaxKind.SubtractExpression)
        {
            var sign = kind == SyntaxKind.AddExpression ? 1 : -1;
            var type = left.Type;
            return new(type, () => PlcValue.FromNanoseconds(l().AsNanoseconds + (sign * r().AsNanoseconds), type));
        }

        if (lk == PlcValueKind.Time && rk is PlcValueKind.Integer or PlcValueKind.Real && kind is SyntaxKind.MultiplyExpression or SyntaxKind.DivideExpression)
        {
            var type = left.Type;
            return kind == SyntaxKind.MultiplyExpression
                ? new(type, () => PlcValue.FromNanoseconds((long)(l().AsNanoseconds * r().AsReal), type))
                : new(type, () => r().AsReal == 0 ? throw new ConditionFaultException("TIME divided by zero") : PlcValue.FromNanoseconds((long)(l().AsNanoseconds / r().AsReal), type));
        }

        throw reject($"'{op}' does not apply to {left.Type} and {right.Type}");
    }

    /// <summary>A three-way comparison for operands ST can compare, or null.</summary>
    private static Func<PlcValue, PlcValue, int>? Comparer(ConditionOperand left, ConditionOperand right) => (left.Kind, right.Kind) switch
    {
        (PlcValueKind.Integer, PlcValueKind.Integer) or (PlcValueKind.Time, PlcValueKind.Time) or (PlcValueKind.Bool, PlcValueKind.Bool) =>
            (a, b) => a.AsInteger.CompareTo(b.AsInteger),
        (PlcValueKind.Integer or PlcValueKind.Real, PlcValueKind.Integer or PlcValueKind.Real) =>
            (a, b) => a.SameValueAs(b) ? 0 : a.AsReal.CompareTo(b.AsReal),
        (PlcValueKind.String, PlcValueKind.String) => (a, b) => string.CompareOrdinal(a.AsString, b.AsString),
        _ => null,
    };

    /// <summary>The result type of two integers: an untyped literal adopts the other side's type, else the wider one.</summary>
    private static PlcType Wider(ConditionOperand left, ConditionOperand right) =>
        left.IsUntypedLiteral && !right.IsUntypedLiteral ? right.Type
        : right.IsUntypedLiteral && !left.IsUntypedLiteral ? left.Type
        : left.Type.BitWidth >= right.Type.BitWidth ? left.Type : right.Type;

    private static string Describe(SyntaxKind kind) => kind switch
    {
        SyntaxKind.NotExpression => "NOT",
        SyntaxKind.NegateExpression => "'-'",
        _ => "'+'",
    };
}
