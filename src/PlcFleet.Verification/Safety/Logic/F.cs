using System.Globalization;

namespace PlcFleet.Verification.Safety.Logic;

/// <summary>Smart constructors: every formula is built here, so it is always normalised.</summary>
public static class F
{
    public static readonly BoolConst True = new(true);
    public static readonly BoolConst False = new(false);

    public static Formula Bool(bool value) => value ? True : False;

    public static Formula Not(Formula operand) => operand switch
    {
        BoolConst c => Bool(!c.Value),
        Not n => n.Operand,
        // De Morgan: push negation inwards so NOT (a OR b) and NOT a AND NOT b share a key.
        Junction j => Junction(!j.IsAnd, j.Operands.Select(Not)),
        Comparison c when Negated(c.Op) is { } op => Compare(op, c.Left, c.Right),
        _ => new Not(operand),
    };

    public static Formula And(params Formula[] operands) => Junction(true, operands);

    public static Formula Or(params Formula[] operands) => Junction(false, operands);

    public static Formula Junction(bool isAnd, IEnumerable<Formula> operands)
    {
        var flat = new Dictionary<string, Formula>(StringComparer.Ordinal);
        foreach (var operand in operands)
        {
            if (operand is BoolConst c)
            {
                if (c.Value != isAnd)
                {
                    return Bool(!isAnd);   // x AND FALSE, x OR TRUE
                }

                continue;
            }

            if (operand is Junction j && j.IsAnd == isAnd)
            {
                foreach (var inner in j.Operands)
                {
                    flat.TryAdd(inner.Key, inner);
                }
            }
            else
            {
                flat.TryAdd(operand.Key, operand);
            }
        }

        // x AND NOT x, x OR NOT x
        // Only literals are checked: negating a whole sub-junction here would make normalisation exponential.
        foreach (var f in flat.Values)
        {
            if (f is Not n && flat.ContainsKey(n.Operand.Key))
            {
                return Bool(!isAnd);
            }
        }

        return flat.Count switch
        {
            0 => Bool(isAnd),
            1 => flat.Values.First(),
            _ => new Junction(isAnd, flat.Values.OrderBy(f => f.Key, StringComparer.Ordinal).ToList()),
        };
    }

    public static Formula Xor(Formula left, Formula right) =>
        Or(And(left, Not(right)), And(Not(left), right));

    /// <summary>IF c THEN a ELSE b as a value; boolean branches become (c AND a) OR (NOT c AND b).</summary>
    public static Formula Choose(Formula condition, Formula whenTrue, Formula whenFalse)
    {
        if (condition is BoolConst c)
        {
            return c.Value ? whenTrue : whenFalse;
        }

        if (whenTrue.Key == whenFalse.Key)
        {
            return whenTrue;
        }

        if (whenTrue.IsBool && whenFalse.IsBool)
        {
            return Or(And(condition, whenTrue), And(Not(condition), whenFalse));
        }

        return new Choice(condition, whenTrue, whenFalse);
    }

    public static Formula Compare(string op, Formula left, Formula right)
    {
        if (left is Choice lc)
        {
            return Choose(lc.Condition, Compare(op, lc.WhenTrue, right), Compare(op, lc.WhenFalse, right));
        }

        if (right is Choice rc)
        {
            return Choose(rc.Condition, Compare(op, left, rc.WhenTrue), Compare(op, left, rc.WhenFalse));
        }

        if (left.IsBool && right.IsBool && op is "=" or "<>")
        {
            var differ = Xor(left, right);
            return op == "<>" ? differ : Not(differ);
        }

        if (left is Literal { Number: { } a } && right is Literal { Number: { } b })
        {
            return Bool(op switch
            {
                "=" => a == b,
                "<>" => a != b,
                "<" => a < b,
                "<=" => a <= b,
                ">" => a > b,
                ">=" => a >= b,
                _ => false,
            });
        }

        if (left.Key == right.Key)
        {
            return Bool(op is "=" or "<=" or ">=");
        }

        // Canonical orientation: a > b is written b < a, and = / <> put the smaller key first.
        return op switch
        {
            ">" => new Comparison("<", right, left),
            ">=" => new Comparison("<=", right, left),
            // a <> b is NOT (a = b), so a counterexample never sets both atoms independently.
            "<>" => new Not(string.CompareOrdinal(left.Key, right.Key) > 0 ? new Comparison("=", right, left) : new Comparison("=", left, right)),
            "=" when string.CompareOrdinal(left.Key, right.Key) > 0 => new Comparison(op, right, left),
            _ => new Comparison(op, left, right),
        };
    }

    public static Formula Opaque(string op, IReadOnlyList<Formula> arguments, bool isBool) => new Opaque(op, arguments, isBool);

    public static Literal Number(decimal value) => new(value.ToString(CultureInfo.InvariantCulture), value);

    private static string? Negated(string op) => op switch
    {
        "<" => ">=",
        "<=" => ">",
        _ => null,
    };
}
