using Microsoft.Z3;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// One scan of a PROGRAM as an SMT term: from the state before the scan (one term per <see cref="SymbolicCell"/>),
/// the inputs latched at its start and the time since the previous scan, the state after it. Branches are executed
/// both ways and merged with if-then-else; user blocks and functions are inlined; integers are bit-vectors of
/// their IEC width (so INT overflow wraps as on the PLC and in the simulator); the standard blocks follow the
/// simulator's implementation line by line, timers through their elapsed time (<c>$age</c>) advanced by the scan
/// time, so a 10-minute preset is one step with a long scan time, not 60,000 steps.
/// </summary>
internal sealed class ScanEncoder
{
    /// <summary>A timer's elapsed time stops growing here: far beyond any preset, and no addition can overflow.</summary>
    public const long AgeCap = 1L << 62;

    private const long NanosecondsPerMillisecond = 1_000_000;
    private const int MaxInlineDepth = 16;

    private readonly Context _z3;
    private readonly ProgramModel _model;
    private int _inlined;
    private int _depth;

    public ScanEncoder(Context z3, ProgramModel model)
    {
        _z3 = z3;
        _model = model;
    }

    public ProgramModel Model => _model;

    /// <summary>Some term built so far holds a REAL or LREAL value (such queries get a larger resource limit).</summary>
    public bool UsesFloatingPoint { get; private set; }

    public Expr Initial(SymbolicCell cell) =>
        cell.IsReal ? Real(cell.InitialReal, cell.Width)
        : cell.IsBool ? _z3.MkBool(cell.Initial != 0) : _z3.MkBV(cell.Initial, (uint)cell.Width);

    public Expr Fresh(SymbolicCell cell, string name) =>
        cell.IsReal ? _z3.MkConst(name, FloatSort(cell.Width))
        : cell.IsBool ? _z3.MkBoolConst(name) : _z3.MkBVConst(name, (uint)cell.Width);

    /// <summary>REAL is IEEE single (8/24), LREAL double (11/53), as the simulator holds them in float and double.</summary>
    public FPSort FloatSort(int width)
    {
        UsesFloatingPoint = true;
        return width == 32 ? _z3.MkFPSort32() : _z3.MkFPSort64();
    }

    /// <summary>Round to nearest, ties to even: what .NET (and the PLC's FPU) does for every REAL operation.</summary>
    private FPRMExpr Nearest => _z3.MkFPRoundNearestTiesToEven();

    private FPExpr Real(double value, int width) => width == 32 ? _z3.MkFP((float)value, FloatSort(32)) : _z3.MkFP(value, FloatSort(64));

    /// <param name="input">The value of an input cell at this scan.</param>
    /// <param name="dt">Nanoseconds since the previous scan (64-bit).</param>
    /// <param name="restart">A warm restart before this scan: every non-RETAIN variable back to its initial value.</param>
    public Dictionary<string, Expr> Scan(IReadOnlyDictionary<string, Expr> state, Func<SymbolicCell, Expr> input, BitVecExpr dt, BoolExpr restart)
    {
        var env = new Dictionary<string, Expr>(state, StringComparer.OrdinalIgnoreCase);
        foreach (var cell in _model.Cells.Values)
        {
            if (cell.IsInput)
            {
                env[cell.Path] = input(cell);
            }
            else if (cell.IsTemp)
            {
                env[cell.Path] = Initial(cell);
            }
            else if (!cell.Retain)
            {
                env[cell.Path] = _z3.MkITE(restart, Initial(cell), env[cell.Path]);
            }
        }

        var cap = _z3.MkBV(AgeCap, 64);
        foreach (var (path, kind) in _model.StandardBlocks.Where(b => b.Kind is "TON" or "TOF" or "TP"))
        {
            var age = (BitVecExpr)env[path + ".$age"];
            env[path + ".$age"] = _z3.MkITE(_z3.MkBVSGE(age, _z3.MkBVSub(cap, dt)), cap, _z3.MkBVAdd(age, dt));
        }

        Execute(_model.Body.Statements, new Scope(string.Empty, _model.Program), env);
        return _model.Cells.Keys.ToDictionary(k => k, k => env[k], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Some of the program's own statements, from any state: the state after them.</summary>
    public Dictionary<string, Expr> Run(IReadOnlyList<BoundStatement> statements, IReadOnlyDictionary<string, Expr> state)
    {
        var env = new Dictionary<string, Expr>(state, StringComparer.OrdinalIgnoreCase);
        Execute(statements, new Scope(string.Empty, _model.Program), env);
        return _model.Cells.Keys.ToDictionary(k => k, k => env[k], StringComparer.OrdinalIgnoreCase);
    }

    private sealed record Scope(string Prefix, PouSymbol Pou);

    private void Execute(IReadOnlyList<BoundStatement> statements, Scope scope, Dictionary<string, Expr> env)
    {
        foreach (var statement in statements)
        {
            Execute(statement, scope, env);
        }
    }

    private void Execute(BoundStatement statement, Scope scope, Dictionary<string, Expr> env)
    {
        switch (statement)
        {
            case BoundAssignment { IsReference: false } a:
                Write(a.Target, Value(a.Value, a.Target.Type, scope, env), scope, env);
                break;
            case BoundSetReset s:
                var condition = (BoolExpr)Value(s.Value, ElementaryType.Bool, scope, env);
                var current = (BoolExpr)Value(s.Target, ElementaryType.Bool, scope, env);
                Write(s.Target, _z3.MkITE(condition, _z3.MkBool(s.IsSet), current), scope, env);
                break;
            case BoundIf i:
                ExecuteIf(i.Branches, 0, i.Else, scope, env);
                break;
            case BoundCase c:
                ExecuteCase(c, scope, env);
                break;
            case BoundFbCall call:
                CallBlock(call, scope, env);
                break;
            case BoundCallStatement c:
                Encode(c.Call, scope, env);
                break;
            default:
                throw new NotEncodableException(StatementName(statement), statement.Syntax);
        }
    }

    private static string StatementName(BoundStatement statement) => statement switch
    {
        BoundFor => "a FOR loop",
        BoundWhile => "a WHILE loop",
        BoundRepeat => "a REPEAT loop",
        BoundReturn => "RETURN",
        BoundExit => "EXIT",
        BoundContinue => "CONTINUE",
        BoundJump or BoundLabel => "JMP and labels",
        BoundAssignment => "a REF= assignment",
        _ => statement.GetType().Name,
    };

    private void ExecuteIf(IReadOnlyList<BoundConditionalBranch> branches, int index, IReadOnlyList<BoundStatement>? otherwise, Scope scope, Dictionary<string, Expr> env)
    {
        if (index == branches.Count)
        {
            if (otherwise is not null)
            {
                Execute(otherwise, scope, env);
            }

            return;
        }

        var condition = (BoolExpr)Value(branches[index].Condition, ElementaryType.Bool, scope, env);
        var then = new Dictionary<string, Expr>(env, StringComparer.OrdinalIgnoreCase);
        Execute(branches[index].Statements, scope, then);
        var rest = new Dictionary<string, Expr>(env, StringComparer.OrdinalIgnoreCase);
        ExecuteIf(branches, index + 1, otherwise, scope, rest);
        Merge(condition, then, rest, env);
    }

    /// <summary>CASE: the labels are compared with the selector once, then the elements run as an IF chain.</summary>
    private void ExecuteCase(BoundCase c, Scope scope, Dictionary<string, Expr> env)
    {
        var selectorType = c.Selector.Type;
        var selector = Value(c.Selector, selectorType, scope, env);
        var shape = Shape(selectorType, c.Selector.Syntax);
        var elements = c.Elements.Select(element => ((BoolExpr)_z3.MkOr(element.Labels.Select(label =>
        {
            var lower = Value(label.Lower, selectorType, scope, env);
            if (label.Upper is null)
            {
                return _z3.MkEq(selector, lower);
            }

            var upper = Value(label.Upper, selectorType, scope, env);
            return _z3.MkAnd(Compare(BinaryOperator.GreaterOrEqual, selector, lower, shape), Compare(BinaryOperator.LessOrEqual, selector, upper, shape));
        })), element.Statements)).ToList();
        ExecuteElements(elements, 0, c.Else, scope, env);
    }

    private void ExecuteElements(List<(BoolExpr Condition, IReadOnlyList<BoundStatement> Statements)> elements, int index, IReadOnlyList<BoundStatement>? otherwise, Scope scope, Dictionary<string, Expr> env)
    {
        if (index == elements.Count)
        {
            if (otherwise is not null)
            {
                Execute(otherwise, scope, env);
            }

            return;
        }

        var then = new Dictionary<string, Expr>(env, StringComparer.OrdinalIgnoreCase);
        Execute(elements[index].Statements, scope, then);
        var rest = new Dictionary<string, Expr>(env, StringComparer.OrdinalIgnoreCase);
        ExecuteElements(elements, index + 1, otherwise, scope, rest);
        Merge(elements[index].Condition, then, rest, env);
    }

    private void Merge(BoolExpr condition, Dictionary<string, Expr> then, Dictionary<string, Expr> otherwise, Dictionary<string, Expr> into)
    {
        foreach (var key in then.Keys.Union(otherwise.Keys, StringComparer.OrdinalIgnoreCase).ToList())
        {
            var hasThen = then.TryGetValue(key, out var a);
            var hasElse = otherwise.TryGetValue(key, out var b);
            into[key] = !hasThen ? b! : !hasElse ? a! : a!.Equals(b) ? a : _z3.MkITE(condition, a, b);
        }
    }

    // ---- places ----

    private string PathOf(BoundExpression place, Scope scope) => place switch
    {
        BoundVariable { Variable.Storage: VariableStorage.Global or VariableStorage.External } v => "@" + _model.GlobalOf(v.Variable).Name,
        BoundVariable v => scope.Prefix + v.Variable.Name,
        BoundMember m => PathOf(m.Instance, scope) + "." + m.Member.Name,
        BoundConversion { Conversion.Kind: ConversionKind.Identity } c => PathOf(c.Operand, scope),
        _ => throw new NotEncodableException(PlaceName(place), place.Syntax),
    };

    private static string PlaceName(BoundExpression place) => place switch
    {
        BoundIndex => "array indexing",
        BoundBitAccess => "writing a single bit (x.3 := ...)",
        BoundDeref => "pointer dereference",
        BoundPouReference => "another PROGRAM's variables",
        BoundPropertyAccess => "properties",
        _ => place.GetType().Name,
    };

    private Expr Read(string path, SyntaxNode where, Dictionary<string, Expr> env)
    {
        if (env.TryGetValue(path, out var value))
        {
            return value;
        }

        _model.Cell(path, where);
        throw new NotEncodableException($"'{path}' is read before it has a value", where);
    }

    private void Write(BoundExpression target, Expr value, Scope scope, Dictionary<string, Expr> env)
    {
        var path = PathOf(target, scope);
        if (!env.ContainsKey(path))
        {
            _model.Cell(path, target.Syntax);
        }

        env[path] = value;
    }

    // ---- expressions ----

    /// <summary>The value of <paramref name="e"/> converted to <paramref name="want"/>, as the simulator converts it.</summary>
    private Expr Value(BoundExpression e, StType want, Scope scope, Dictionary<string, Expr> env)
    {
        if (e.Constant is { } constant && e is not BoundVariable { Variable.IsConstant: false })
        {
            return Constant(constant, want, e.Syntax);
        }

        return Convert(Encode(e, scope, env), e.Type, want, e.Syntax);
    }

    private Expr Constant(ConstantValue constant, StType want, SyntaxNode where)
    {
        var shape = Shape(want, where);
        if (shape.IsReal)
        {
            return constant is RealValue or IntegerValue
                ? Real(ProgramModel.RealOf(constant), shape.Width)
                : throw new NotEncodableException($"the constant {constant} as {want.Name}", where);
        }

        long raw;
        if (constant is DurationValue duration && !shape.IsTime && !shape.IsBool)
        {
            raw = duration.Nanoseconds / NanosecondsPerMillisecond;
        }
        else if (constant is IntegerValue integer && shape.IsTime)
        {
            raw = (long)integer.Value * NanosecondsPerMillisecond;
        }
        else
        {
            try
            {
                raw = ProgramModel.ConstantOf(constant);
            }
            catch (NotEncodableException)
            {
                throw new NotEncodableException($"the constant {constant} ({constant.Type.Name})", where);
            }
        }

        return shape.IsBool ? _z3.MkBool(raw != 0) : _z3.MkBV(raw, (uint)shape.Width);
    }

    private Expr Encode(BoundExpression e, Scope scope, Dictionary<string, Expr> env)
    {
        switch (e)
        {
            case BoundVariable or BoundMember:
                return Read(PathOf(e, scope), e.Syntax, env);
            case BoundUnary u:
                var operand = Value(u.Operand, u.ResultType, scope, env);
                if (operand is FPExpr real)
                {
                    return u.Operator == UnaryOperator.Negate ? _z3.MkFPNeg(real) : throw new NotEncodableException($"{u.Operator} on {u.ResultType.Name}", u.Syntax);
                }

                if (u.Operator == UnaryOperator.Not)
                {
                    return operand is BoolExpr b ? _z3.MkNot(b) : _z3.MkBVNot((BitVecExpr)operand);
                }

                return _z3.MkBVNeg((BitVecExpr)operand);
            case BoundBinary b:
                return Binary(b, scope, env);
            case BoundConversion c:
                return Convert(Encode(c.Operand, scope, env), c.Operand.Type, c.TargetType, c.Syntax);
            case BoundBitAccess bit:
                var word = (BitVecExpr)Value(bit.Value, bit.Value.Type, scope, env);
                return _z3.MkEq(_z3.MkExtract((uint)bit.Bit, (uint)bit.Bit, word), _z3.MkBV(1, 1));
            case BoundCall call:
                return Encode(call, scope, env);
            default:
                throw new NotEncodableException(PlaceName(e), e.Syntax);
        }
    }

    private Expr Binary(BoundBinary b, Scope scope, Dictionary<string, Expr> env)
    {
        var operandType = b.OperandType ?? (IsDuration(b.Left.Type) && IsDuration(b.Right.Type) ? b.Left.Type : null)
            ?? throw new NotEncodableException($"{b.Operator} of {b.Left.Type.Name} and {b.Right.Type.Name}", b.Syntax);
        var shape = Shape(operandType, b.Syntax);
        var left = Value(b.Left, operandType, scope, env);
        var right = Value(b.Right, operandType, scope, env);
        switch (b.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor when shape.IsBool:
                var (l, r) = ((BoolExpr)left, (BoolExpr)right);
                return b.Operator == BinaryOperator.And ? _z3.MkAnd(l, r) : b.Operator == BinaryOperator.Or ? _z3.MkOr(l, r) : _z3.MkXor(l, r);
            case BinaryOperator.Equal when shape.IsReal:
                return _z3.MkFPEq((FPExpr)left, (FPExpr)right);
            case BinaryOperator.NotEqual when shape.IsReal:
                return _z3.MkNot(_z3.MkFPEq((FPExpr)left, (FPExpr)right));
            case BinaryOperator.Equal:
                return _z3.MkEq(left, right);
            case BinaryOperator.NotEqual:
                return _z3.MkNot(_z3.MkEq(left, right));
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual when !shape.IsBool:
                return Compare(b.Operator, left, right, shape);
        }

        if (shape.IsBool)
        {
            throw new NotEncodableException($"{b.Operator} on BOOL", b.Syntax);
        }

        if (shape.IsReal)
        {
            return Convert(RealArithmetic(b, (FPExpr)left, (FPExpr)right), operandType, b.ResultType, b.Syntax);
        }

        var (x, y) = ((BitVecExpr)left, (BitVecExpr)right);
        BitVecExpr result = b.Operator switch
        {
            BinaryOperator.And => _z3.MkBVAND(x, y),
            BinaryOperator.Or => _z3.MkBVOR(x, y),
            BinaryOperator.Xor => _z3.MkBVXOR(x, y),
            BinaryOperator.Add => _z3.MkBVAdd(x, y),
            BinaryOperator.Subtract => _z3.MkBVSub(x, y),
            BinaryOperator.Multiply => _z3.MkBVMul(x, y),
            BinaryOperator.Divide or BinaryOperator.Modulo => Divide(b, x, y, shape),
            _ => throw new NotEncodableException($"the operator {b.Operator}", b.Syntax),
        };
        return Convert(result, operandType, b.ResultType, b.Syntax);
    }

    /// <summary>
    /// + - * / in IEEE arithmetic of the operand's precision. The simulator computes REAL in double and rounds each result
    /// to float; for these four operations that is the same as rounding once (double has more than 2×24+2 bits), and a
    /// division by zero gives an infinity or NaN there as here, not a fault.
    /// </summary>
    private FPExpr RealArithmetic(BoundBinary b, FPExpr x, FPExpr y) => b.Operator switch
    {
        BinaryOperator.Add => _z3.MkFPAdd(Nearest, x, y),
        BinaryOperator.Subtract => _z3.MkFPSub(Nearest, x, y),
        BinaryOperator.Multiply => _z3.MkFPMul(Nearest, x, y),
        BinaryOperator.Divide => _z3.MkFPDiv(Nearest, x, y),
        _ => throw new NotEncodableException($"the operator {b.Operator} on {b.OperandType?.Name ?? "REAL"} (only + - * / of REAL are in the symbolic model)", b.Syntax),
    };

    /// <summary>Only by a constant other than zero: a zero divisor is a runtime fault in the simulator, not a value.</summary>
    private BitVecExpr Divide(BoundBinary b, BitVecExpr x, BitVecExpr y, ValueShape shape)
    {
        if (b.Right.Constant is not { } divisor || ProgramModel.ConstantOf(divisor) == 0)
        {
            throw new NotEncodableException("division by a variable (a zero divisor faults the PLC)", b.Syntax);
        }

        return b.Operator == BinaryOperator.Divide
            ? shape.Signed ? _z3.MkBVSDiv(x, y) : _z3.MkBVUDiv(x, y)
            : shape.Signed ? _z3.MkBVSRem(x, y) : _z3.MkBVURem(x, y);
    }

    private BoolExpr Compare(BinaryOperator op, Expr left, Expr right, ValueShape shape)
    {
        if (shape.IsReal)
        {
            var (a, c) = ((FPExpr)left, (FPExpr)right);
            return op switch
            {
                BinaryOperator.Less => _z3.MkFPLt(a, c),
                BinaryOperator.LessOrEqual => _z3.MkFPLEq(a, c),
                BinaryOperator.Greater => _z3.MkFPGt(a, c),
                _ => _z3.MkFPGEq(a, c),
            };
        }

        var (x, y) = ((BitVecExpr)left, (BitVecExpr)right);
        return (op, shape.Signed) switch
        {
            (BinaryOperator.Less, true) => _z3.MkBVSLT(x, y),
            (BinaryOperator.LessOrEqual, true) => _z3.MkBVSLE(x, y),
            (BinaryOperator.Greater, true) => _z3.MkBVSGT(x, y),
            (BinaryOperator.GreaterOrEqual, true) => _z3.MkBVSGE(x, y),
            (BinaryOperator.Less, false) => _z3.MkBVULT(x, y),
            (BinaryOperator.LessOrEqual, false) => _z3.MkBVULE(x, y),
            (BinaryOperator.Greater, false) => _z3.MkBVUGT(x, y),
            _ => _z3.MkBVUGE(x, y),
        };
    }

    // ---- calls ----

    private Expr Encode(BoundCall call, Scope scope, Dictionary<string, Expr> env)
    {
        if (call.Callee is PouSymbol { Kind: PouKind.Function } function)
        {
            return Inline(call, function, scope, env);
        }

        if (call.Callee is not StandardFunctionSymbol standard)
        {
            throw new NotEncodableException($"the call of {call.Callee.Name}", call.Syntax);
        }

        var name = standard.Name.ToUpperInvariant();
        var args = call.Arguments.Where(a => a.Direction == ArgumentDirection.Input).Select(a => a.Value).ToList();
        var result = call.ResultType;
        var shape = Shape(result, call.Syntax);
        if ((name.Contains("_TO_", StringComparison.Ordinal) || name.StartsWith("TO_", StringComparison.Ordinal)) && !name.Contains("BCD", StringComparison.Ordinal) && args.Count == 1)
        {
            return Value(args[0], result, scope, env);
        }

        switch (name)
        {
            case "MOVE" when args.Count == 1:
                return Value(args[0], result, scope, env);
            case "SEL" when args.Count == 3 && !shape.IsBool:
                return _z3.MkITE((BoolExpr)Value(args[0], ElementaryType.Bool, scope, env), Value(args[2], result, scope, env), Value(args[1], result, scope, env));
            case "SEL" when args.Count == 3:
                return _z3.MkITE((BoolExpr)Value(args[0], ElementaryType.Bool, scope, env), Value(args[2], result, scope, env), Value(args[1], result, scope, env));
            case "ABS" when args.Count == 1 && shape.IsReal:
                return _z3.MkFPAbs((FPExpr)Value(args[0], result, scope, env));
            case "MIN" or "MAX" when args.Count >= 2 && shape.IsReal:
                var reals = args.Select(a => (FPExpr)Value(a, result, scope, env)).ToList();
                return reals.Skip(1).Aggregate(reals[0], (acc, v) => name == "MIN" ? RealMin(acc, v) : RealMax(acc, v));
            case "LIMIT" when args.Count == 3 && shape.IsReal:
                return RealMin(RealMax((FPExpr)Value(args[1], result, scope, env), (FPExpr)Value(args[0], result, scope, env)), (FPExpr)Value(args[2], result, scope, env));
            case "ABS" when args.Count == 1 && !shape.IsBool:
                var x = (BitVecExpr)Value(args[0], result, scope, env);
                return shape.Signed ? _z3.MkITE(_z3.MkBVSLT(x, _z3.MkBV(0, (uint)shape.Width)), _z3.MkBVNeg(x), x) : x;
            case "MIN" or "MAX" when args.Count >= 2 && !shape.IsBool:
                var values = args.Select(a => Value(a, result, scope, env)).ToList();
                return values.Skip(1).Aggregate(values[0], (acc, v) =>
                    _z3.MkITE(Compare(name == "MIN" ? BinaryOperator.Less : BinaryOperator.Greater, v, acc, shape), v, acc));
            case "LIMIT" when args.Count == 3 && !shape.IsBool:
                var (mn, value, mx) = (Value(args[0], result, scope, env), Value(args[1], result, scope, env), Value(args[2], result, scope, env));
                var low = _z3.MkITE(Compare(BinaryOperator.Less, value, mn, shape), mn, value);
                return _z3.MkITE(Compare(BinaryOperator.Greater, low, mx, shape), mx, low);
            default:
                throw new NotEncodableException($"the standard function {standard.Name}", call.Syntax);
        }
    }

    /// <summary>Math.Min as the simulator calls it on REAL: NaN wins, and -0 is below +0.</summary>
    private FPExpr RealMin(FPExpr a, FPExpr b) => (FPExpr)_z3.MkITE(_z3.MkOr(_z3.MkFPIsNaN(a), _z3.MkFPIsNaN(b)), _z3.MkFPNaN((FPSort)a.Sort),
        _z3.MkITE(_z3.MkFPLt(a, b), a, _z3.MkITE(_z3.MkFPLt(b, a), b, _z3.MkITE(_z3.MkFPIsNegative(a), a, b))));

    /// <summary>Math.Max as the simulator calls it on REAL: NaN wins, and +0 is above -0.</summary>
    private FPExpr RealMax(FPExpr a, FPExpr b) => (FPExpr)_z3.MkITE(_z3.MkOr(_z3.MkFPIsNaN(a), _z3.MkFPIsNaN(b)), _z3.MkFPNaN((FPSort)a.Sort),
        _z3.MkITE(_z3.MkFPGt(a, b), a, _z3.MkITE(_z3.MkFPGt(b, a), b, _z3.MkITE(_z3.MkFPIsNegative(a), b, a))));

    private Expr Inline(BoundCall call, PouSymbol function, Scope caller, Dictionary<string, Expr> env)
    {
        if (++_depth > MaxInlineDepth)
        {
            throw new NotEncodableException($"calls nested deeper than {MaxInlineDepth} (recursion?) in {function.Name}", call.Syntax);
        }

        var scope = new Scope($"{function.Name}#{_inlined++}.", function);
        foreach (var local in function.AllVariables().Where(v => v.Storage is not (VariableStorage.Global or VariableStorage.External)))
        {
            if (local.Storage == VariableStorage.InOut)
            {
                throw new NotEncodableException($"VAR_IN_OUT {local.Name} of {function.Name}", call.Syntax);
            }

            env[scope.Prefix + local.Name] = Constant(local.InitialValue ?? new IntegerValue(0, ElementaryType.DInt), local.Type, call.Syntax);
        }

        if (function.ResultVariable is { } resultVariable)
        {
            env[scope.Prefix + resultVariable.Name] = Constant(new IntegerValue(0, ElementaryType.DInt), resultVariable.Type, call.Syntax);
        }

        var positional = function.Inputs.ToList();
        var index = 0;
        foreach (var argument in call.Arguments)
        {
            var parameter = argument.Parameter ?? (index < positional.Count ? positional[index] : null)
                ?? throw new NotEncodableException($"an argument of {function.Name}", argument.Syntax);
            index++;
            if (argument.Direction == ArgumentDirection.Input)
            {
                env[scope.Prefix + parameter.Name] = Value(argument.Value, parameter.Type, caller, env);
            }
        }

        Execute(_model.BodyOf(function, call.Syntax).Statements, scope, env);
        foreach (var argument in call.Arguments.Where(a => a.Direction == ArgumentDirection.Output && a.Parameter is not null))
        {
            Write(argument.Value, Convert(env[scope.Prefix + argument.Parameter!.Name], argument.Parameter.Type, argument.Value.Type, argument.Syntax), caller, env);
        }

        _depth--;
        var result = function.ResultVariable ?? throw new NotEncodableException($"{function.Name} has no result", call.Syntax);
        return Convert(env[scope.Prefix + result.Name], result.Type, call.ResultType, call.Syntax);
    }

    private void CallBlock(BoundFbCall call, Scope scope, Dictionary<string, Expr> env)
    {
        var path = PathOf(call.Instance, scope);
        foreach (var argument in call.Arguments.Where(a => a.Direction == ArgumentDirection.Input))
        {
            var parameter = argument.Parameter ?? throw new NotEncodableException($"a positional argument of {call.BlockType.Name}", argument.Syntax);
            var target = path + "." + parameter.Name;
            _model.Cell(target, argument.Syntax);
            env[target] = Value(argument.Value, parameter.Type, scope, env);
        }

        if (call.Arguments.Any(a => a.Direction == ArgumentDirection.InOut))
        {
            throw new NotEncodableException($"VAR_IN_OUT arguments of {call.BlockType.Name}", call.Syntax);
        }

        if (call.Block is { } block)
        {
            if (++_depth > MaxInlineDepth)
            {
                throw new NotEncodableException($"blocks nested deeper than {MaxInlineDepth} in {block.Name}", call.Syntax);
            }

            foreach (var temp in block.AllVariables().Where(v => v.Storage == VariableStorage.Temp))
            {
                var cell = _model.Cell(path + "." + temp.Name, call.Syntax);
                env[cell.Path] = Initial(cell);
            }

            Execute(_model.BodyOf(block, call.Syntax).Statements, new Scope(path + ".", block), env);
            _depth--;
        }
        else
        {
            StandardBlock(path, call.BlockType.Name.ToUpperInvariant(), env, call.Syntax);
        }

        foreach (var argument in call.Arguments.Where(a => a.Direction == ArgumentDirection.Output))
        {
            var parameter = argument.Parameter ?? throw new NotEncodableException($"an output of {call.BlockType.Name}", argument.Syntax);
            var value = Convert(env[path + "." + parameter.Name], parameter.Type, argument.Value.Type, argument.Syntax);
            Write(argument.Value, argument.IsNegated ? _z3.MkNot((BoolExpr)value) : value, scope, env);
        }
    }

    /// <summary>The simulator's standard blocks (src/PlcFleet.Simulation/StandardBlocks), statement for statement.</summary>
    private void StandardBlock(string p, string kind, Dictionary<string, Expr> env, SyntaxNode where)
    {
        BoolExpr B(string member) => (BoolExpr)env[$"{p}.{member}"];
        BitVecExpr V(string member) => (BitVecExpr)env[$"{p}.{member}"];
        void Set(string member, Expr value) => env[$"{p}.{member}"] = value;
        var zero64 = _z3.MkBV(0, 64);
        var @true = _z3.MkTrue();
        var @false = _z3.MkFalse();
        switch (kind)
        {
            case "TON":
            {
                var (input, pt, q, et, run, age) = (B("IN"), V("PT"), B("Q"), V("ET"), B("$run"), V("$age"));
                var started = _z3.MkITE(run, age, zero64);
                var elapsed = (BitVecExpr)started;
                var reached = _z3.MkBVSGE(elapsed, pt);
                Set("Q", _z3.MkITE(input, _z3.MkOr(q, reached), @false));
                Set("ET", _z3.MkITE(input, _z3.MkITE(q, et, _z3.MkITE(reached, pt, elapsed)), zero64));
                Set("$run", input);
                Set("$age", _z3.MkITE(input, started, age));
                break;
            }

            case "TOF":
            {
                var (input, pt, q, et, prev, age) = (B("IN"), V("PT"), B("Q"), V("ET"), B("$prev"), V("$age"));
                var restarted = (BitVecExpr)_z3.MkITE(prev, zero64, age);
                var reached = _z3.MkBVSGE(restarted, pt);
                Set("Q", _z3.MkITE(input, @true, _z3.MkAnd(q, _z3.MkNot(reached))));
                Set("ET", _z3.MkITE(input, zero64, _z3.MkITE(q, _z3.MkITE(reached, pt, restarted), et)));
                Set("$age", _z3.MkITE(input, age, restarted));
                Set("$prev", input);
                break;
            }

            case "TP":
            {
                var (input, pt, q, et, prev, age) = (B("IN"), V("PT"), B("Q"), V("ET"), B("$prev"), V("$age"));
                var start = _z3.MkAnd(_z3.MkNot(q), input, _z3.MkNot(prev));
                var aged = (BitVecExpr)_z3.MkITE(start, zero64, age);
                var pulsing = _z3.MkOr(q, start);
                var reached = _z3.MkBVSGE(aged, pt);
                var q2 = _z3.MkAnd(pulsing, _z3.MkNot(reached));
                var et2 = _z3.MkITE(pulsing, _z3.MkITE(reached, pt, aged), et);
                Set("Q", q2);
                Set("ET", _z3.MkITE(_z3.MkAnd(_z3.MkNot(q2), _z3.MkNot(input)), zero64, et2));
                Set("$prev", input);
                Set("$age", aged);
                break;
            }

            case "R_TRIG":
                Set("Q", _z3.MkAnd(B("CLK"), _z3.MkNot(B("$m"))));
                Set("$m", B("CLK"));
                break;
            case "F_TRIG":
                Set("Q", _z3.MkAnd(_z3.MkNot(B("CLK")), _z3.MkNot(B("$m"))));
                Set("$m", _z3.MkNot(B("CLK")));
                break;
            case "SR":
                Set("Q1", _z3.MkOr(B("S1"), _z3.MkAnd(_z3.MkNot(B("R")), B("Q1"))));
                break;
            case "RS":
                Set("Q1", _z3.MkAnd(_z3.MkNot(B("R1")), _z3.MkOr(B("S"), B("Q1"))));
                break;
            case "CTU" or "CTD" or "CTUD":
                Counter(p, kind, env, B, V, Set);
                break;
            default:
                throw new NotEncodableException($"the standard block {kind}", where);
        }
    }

    private void Counter(string p, string kind, Dictionary<string, Expr> env, Func<string, BoolExpr> B, Func<string, BitVecExpr> V, Action<string, Expr> Set)
    {
        var signed = _model.Cells[$"{p}.CV"].Signed;
        var shape = new ValueShape(16, signed, false);
        var (min, max) = signed ? (_z3.MkBV(short.MinValue, 16), _z3.MkBV(short.MaxValue, 16)) : (_z3.MkBV(0, 16), _z3.MkBV(ushort.MaxValue, 16));
        var (zero, one) = (_z3.MkBV(0, 16), _z3.MkBV(1, 16));
        var cv = V("CV");
        var pv = V("PV");
        var up = _z3.MkAnd(B("CU"), _z3.MkNot(B("$mu")));
        var down = _z3.MkAnd(B("CD"), _z3.MkNot(B("$md")));
        var canUp = _z3.MkAnd(up, Compare(BinaryOperator.Less, cv, max, shape));
        var canDown = _z3.MkAnd(down, Compare(BinaryOperator.Greater, cv, min, shape));
        Expr next = kind switch
        {
            "CTU" => _z3.MkITE(B("R"), zero, _z3.MkITE(canUp, _z3.MkBVAdd(cv, one), cv)),
            "CTD" => _z3.MkITE(B("LD"), pv, _z3.MkITE(canDown, _z3.MkBVSub(cv, one), cv)),
            _ => _z3.MkITE(B("R"), zero, _z3.MkITE(B("LD"), pv, _z3.MkITE(_z3.MkAnd(up, down), cv,
                _z3.MkITE(canUp, _z3.MkBVAdd(cv, one), _z3.MkITE(canDown, _z3.MkBVSub(cv, one), cv))))),
        };
        Set("CV", next);
        var counted = (BitVecExpr)next;
        var reachedPreset = Compare(BinaryOperator.GreaterOrEqual, counted, pv, shape);
        var empty = Compare(BinaryOperator.LessOrEqual, counted, zero, shape);
        if (kind == "CTUD")
        {
            Set("QU", reachedPreset);
            Set("QD", empty);
        }
        else
        {
            Set("Q", kind == "CTU" ? reachedPreset : empty);
        }

        Set("$mu", B("CU"));
        Set("$md", B("CD"));
    }

    // ---- types ----

    internal readonly record struct ValueShape(int Width, bool Signed, bool IsTime, bool IsReal = false)
    {
        public bool IsBool => Width == 0;
    }

    internal static ValueShape Shape(StType type, SyntaxNode? where)
    {
        var underlying = type.Underlying;
        return underlying switch
        {
            SubrangeType s => new ValueShape(s.BaseType.SizeInBits, s.BaseType.IsSigned, false),
            ElementaryType { Kind: ElementaryTypeKind.Bool } => new ValueShape(0, false, false),
            ElementaryType { Category: TypeCategory.Duration } => new ValueShape(64, true, true),
            ElementaryType { IsIntegral: true } e => new ValueShape(e.SizeInBits, e.IsSigned, false),
            EnumType e => new ValueShape(e.BaseType.SizeInBits, e.BaseType.IsSigned, false),
            ElementaryType { IsReal: true } real => new ValueShape(real.SizeInBits, true, false, true),
            _ => throw new NotEncodableException($"values of type {type.Name}", where),
        };
    }

    private static bool IsDuration(StType type) => type.Underlying is ElementaryType { Category: TypeCategory.Duration };

    /// <summary>A value of one type as another, the way the simulator converts (wrap to the width; TIME to integer in ms).</summary>
    private Expr Convert(Expr value, StType from, StType to, SyntaxNode where)
    {
        if (from.Equals(to))
        {
            return value;
        }

        var source = Shape(from, where);
        var target = Shape(to, where);
        if (source.IsBool && target.IsBool)
        {
            return value;
        }

        if (source.IsReal || target.IsReal)
        {
            return ConvertReal(value, source, target, from, to, where);
        }

        if (source.IsBool)
        {
            return _z3.MkITE((BoolExpr)value, _z3.MkBV(1, (uint)target.Width), _z3.MkBV(0, (uint)target.Width));
        }

        var bits = (BitVecExpr)value;
        if (target.IsBool)
        {
            return _z3.MkNot(_z3.MkEq(bits, _z3.MkBV(0, (uint)source.Width)));
        }

        if (source.IsTime && !target.IsTime)
        {
            bits = _z3.MkBVSDiv(bits, _z3.MkBV(NanosecondsPerMillisecond, 64));
            return Resize(bits, true, target.Width);
        }

        if (!source.IsTime && target.IsTime)
        {
            return _z3.MkBVMul(Resize(bits, source.Signed, 64), _z3.MkBV(NanosecondsPerMillisecond, 64));
        }

        return Resize(bits, source.Signed, target.Width);
    }

    /// <summary>
    /// To, from and between REAL and LREAL as the simulator converts: an integer becomes a double (exact up to 53 bits)
    /// and then a float; a REAL becomes an integer rounded half to even (IntegerMath.Round: NaN to 0, saturating at
    /// 64 bits) and then wrapped to the target's width; a BOOL is 0.0 or 1.0, and a REAL is TRUE when not 0.0.
    /// </summary>
    private Expr ConvertReal(Expr value, ValueShape source, ValueShape target, StType from, StType to, SyntaxNode where)
    {
        if (source.IsTime || target.IsTime)
        {
            throw new NotEncodableException($"the conversion of {from.Name} to {to.Name} (TIME and REAL together are not in the symbolic model)", where);
        }

        if (source.IsReal && target.IsReal)
        {
            return source.Width == target.Width ? value : _z3.MkFPToFP(Nearest, (FPExpr)value, FloatSort(target.Width));
        }

        if (target.IsReal)
        {
            if (source.IsBool)
            {
                return _z3.MkITE((BoolExpr)value, Real(1, target.Width), Real(0, target.Width));
            }

            var asDouble = _z3.MkFPToFP(Nearest, Resize((BitVecExpr)value, source.Signed, 64), FloatSort(64), true);
            return target.Width == 64 ? asDouble : _z3.MkFPToFP(Nearest, asDouble, FloatSort(32));
        }

        var real = (FPExpr)value;
        if (target.IsBool)
        {
            return _z3.MkNot(_z3.MkFPEq(real, Real(0, source.Width)));
        }

        var two63 = Real(9223372036854775808.0, source.Width);
        var rounded = _z3.MkITE(_z3.MkFPIsNaN(real), _z3.MkBV(0, 64),
            _z3.MkITE(_z3.MkFPGEq(real, two63), _z3.MkBV(long.MaxValue, 64),
                _z3.MkITE(_z3.MkFPLEq(real, _z3.MkFPNeg(two63)), _z3.MkBV(long.MinValue, 64),
                    _z3.MkFPToBV(Nearest, real, 64, true))));
        return Resize((BitVecExpr)rounded, true, target.Width);
    }

    private BitVecExpr Resize(BitVecExpr value, bool signed, int width)
    {
        var current = (int)value.SortSize;
        return current == width ? value
            : current > width ? _z3.MkExtract((uint)width - 1, 0, value)
            : signed ? _z3.MkSignExt((uint)(width - current), value)
            : _z3.MkZeroExt((uint)(width - current), value);
    }
}
