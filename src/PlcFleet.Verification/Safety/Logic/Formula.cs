namespace PlcFleet.Verification.Safety.Logic;

/// <summary>
/// A symbolic value in the safety signature: a boolean formula over the signals a safety output depends on,
/// or an opaque numeric term. Built only through <see cref="F"/>, which normalises (flattens, sorts, folds constants)
/// so that reordering, De Morgan rewrites and inlined helpers give the same <see cref="Key"/>.
/// </summary>
public abstract class Formula
{
    private string? _key;

    /// <summary>Canonical text: equal keys mean equal formulas.</summary>
    public string Key => _key ??= BuildKey();

    /// <summary>True for values that are BOOL; comparisons and logic are boolean, leaves carry their declared type.</summary>
    public abstract bool IsBool { get; }

    protected abstract string BuildKey();

    public override string ToString() => Key;
}

/// <summary>TRUE or FALSE.</summary>
public sealed class BoolConst(bool value) : Formula
{
    public bool Value { get; } = value;

    public override bool IsBool => true;

    protected override string BuildKey() => Value ? "TRUE" : "FALSE";
}

/// <summary>A numeric, time or string literal, kept in a canonical spelling (T#2S and T#2000MS are the same).</summary>
public sealed class Literal(string text, decimal? number) : Formula
{
    public string Text { get; } = text;

    /// <summary>The value when it is a number or duration (durations in milliseconds).</summary>
    public decimal? Number { get; } = number;

    public override bool IsBool => false;

    protected override string BuildKey() => Text;
}

/// <summary>A signal read at the start of the scan: an input, or the value a variable kept from the previous scan.</summary>
public sealed class Leaf(string name, bool isBool) : Formula
{
    /// <summary>Qualified, lower-case: <c>global.estop_ok</c>, <c>prg_main.fbfeeder.fault</c>.</summary>
    public string Name { get; } = name;

    public override bool IsBool { get; } = isBool;

    protected override string BuildKey() => Name;
}

public sealed class Not(Formula operand) : Formula
{
    public Formula Operand { get; } = operand;

    public override bool IsBool => true;

    protected override string BuildKey() => "NOT " + Operand.Key;
}

/// <summary>AND or OR over two or more operands, flattened and sorted by key.</summary>
public sealed class Junction(bool isAnd, IReadOnlyList<Formula> operands) : Formula
{
    public bool IsAnd { get; } = isAnd;

    public IReadOnlyList<Formula> Operands { get; } = operands;

    public override bool IsBool => true;

    protected override string BuildKey() => "(" + string.Join(IsAnd ? " AND " : " OR ", Operands.Select(o => o.Key)) + ")";
}

/// <summary>A comparison of non-boolean terms; an atom of the boolean formula unless both sides are literals.</summary>
public sealed class Comparison(string op, Formula left, Formula right) : Formula
{
    public string Op { get; } = op;

    public Formula Left { get; } = left;

    public Formula Right { get; } = right;

    public override bool IsBool => true;

    protected override string BuildKey() => "(" + Left.Key + " " + Op + " " + Right.Key + ")";
}

/// <summary>A non-boolean if-then-else (a numeric variable assigned in branches); boolean ones become AND/OR.</summary>
public sealed class Choice(Formula condition, Formula whenTrue, Formula whenFalse) : Formula
{
    public Formula Condition { get; } = condition;

    public Formula WhenTrue { get; } = whenTrue;

    public Formula WhenFalse { get; } = whenFalse;

    public override bool IsBool => false;

    protected override string BuildKey() => "ITE(" + Condition.Key + ", " + WhenTrue.Key + ", " + WhenFalse.Key + ")";
}

/// <summary>
/// An operation the analysis does not interpret (arithmetic, a library function, an unknown function block's output):
/// equal operator and equal arguments give equal values, nothing more is assumed.
/// </summary>
public sealed class Opaque(string op, IReadOnlyList<Formula> arguments, bool isBool) : Formula
{
    public string Op { get; } = op;

    public IReadOnlyList<Formula> Arguments { get; } = arguments;

    public override bool IsBool { get; } = isBool;

    protected override string BuildKey() => Op + "(" + string.Join(", ", Arguments.Select(a => a.Key)) + ")";
}
