using PlcFleet.StructuredText.Runtime;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Runs one PLC scan symbolically: every program in scan order, user function blocks and functions inlined,
/// standard blocks modelled (a TON output implies its input, R_TRIG needs an edge), branches merged with
/// if-then-else. The value of an output at the end of the scan is its safety signature: a formula over the inputs
/// and the states kept from the previous scan. What the scan cannot follow exactly (see <see cref="UnresolvedWrite"/>)
/// becomes an unknown, so a cone that goes through it can only look weaker, never stronger.
/// </summary>
public sealed partial class ScanExecutor
{
    private const int MaxInlineDepth = 8;
    private readonly ProjectModel _model;
    private readonly Dictionary<string, (string Type, List<Formula> Inputs)> _unknownBlocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Formula> _hidden = new(StringComparer.Ordinal);
    private readonly AddressOverlap _overlap;
    private SymbolicState _state = new();
    private int _depth;

    private ScanExecutor(ProjectModel model)
    {
        _model = model;
        _overlap = AddressOverlap.Build(model);
    }

    public static ScanResult Run(ProjectModel model)
    {
        var executor = new ScanExecutor(model);
        foreach (var program in model.ScanOrder())
        {
            executor.ExecuteBody(program.Statements, new NameScope(model, program, program.Name));
        }

        return new ScanResult(executor);
    }

    /// <summary>The value of a path at the end of the scan.</summary>
    public Formula ValueOf(string path, bool isBool) => Read(path, isBool);

    private Formula Read(string path, bool isBool)
    {
        path = _state.Canonical(path);
        if (_state.Values.TryGetValue(path, out var value))
        {
            return value;
        }

        if (IsBitPath(path, out var word, out var bit) && ReadBit(word, bit) is { } bitValue)
        {
            return bitValue;
        }

        var dot = path.LastIndexOf('.');
        if (dot > 0 && _unknownBlocks.TryGetValue(path[..dot], out var block))
        {
            return F.Opaque(block.Type + "." + path[(dot + 1)..], block.Inputs, isBool);
        }

        if (ConstantOf(path) is { } constant)
        {
            return constant;
        }

        return new Leaf(path, isBool);
    }

    private Formula? ConstantOf(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return null;
        }

        var owner = path[..dot];
        var name = path[(dot + 1)..];
        var symbol = owner == "global" ? _model.FindGlobal(name) : _model.FindPou(owner)?.Find(name);
        if (symbol is { IsConstant: true, Initializer: { } init })
        {
            var pou = owner == "global" ? null : _model.FindPou(owner);
            return pou is null ? Literal(init) ?? Fold(init) : Eval(init, new NameScope(_model, pou, owner));
        }

        return null;
    }

    private Formula Fold(ExpressionSyntax init) => init is LiteralExpressionSyntax or TypedLiteralExpressionSyntax
        ? Literal(init) ?? F.Opaque("const", [], false)
        : F.Opaque("const:" + init.ToString().Trim(), [], false);

    private void Write(string path, Formula value)
    {
        path = _state.Canonical(path);
        _state.Clear(path);
        _state.Values[path] = value;

        // A byte or word located over BOOL outputs (qLampBank AT %QB4 over %QX4.0..4.7) writes those outputs too.
        foreach (var (located, bit) in _overlap.Of(path))
        {
            _state.Clear(located);
            _state.Values[located] = bit is { } b ? ReadBit(path, b)! : F.Opaque("overlap:" + path, [value], true);
        }
    }

    /// <summary>A statement without control flow of its own (control flow: <see cref="ExecuteBranching"/>).</summary>
    private void Execute(StatementSyntax statement, NameScope scope)
    {
        switch (statement)
        {
            case AssignmentStatementSyntax assignment:
                Assign(assignment, scope);
                break;
            case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }:
                Invoke(call, scope);
                break;
        }
    }

    private void Assign(AssignmentStatementSyntax assignment, NameScope scope)
    {
        if (TargetPath(assignment.Left, scope) is not { } target || WriteThroughPointer(assignment, target, scope))
        {
            return;
        }

        if (IsBitPath(_state.Canonical(target), out var word, out var bit) && !IsStructured(scope.TypeOf(assignment.Left)) && assignment.OperatorToken.Kind == SyntaxKind.ColonEqualsToken)
        {
            WriteBit(word, bit, Eval(assignment.Right, scope));
            return;
        }

        var isBool = IsBool(scope.TypeOf(assignment.Left));
        switch (assignment.OperatorToken.Kind)
        {
            case SyntaxKind.SetAssignToken:
                Write(target, F.Choose(Eval(assignment.Right, scope), F.True, Read(target, true)));
                return;
            case SyntaxKind.ResetAssignToken:
                Write(target, F.Choose(Eval(assignment.Right, scope), F.False, Read(target, true)));
                return;
            case SyntaxKind.RefAssignToken:
                if (scope.PathOf(assignment.Right) is { } referenced)
                {
                    _state.Clear(target);
                    _state.Aliases[target] = _state.Canonical(referenced);
                }

                return;
        }

        // Copying a struct or block instance makes the target an alias of the source for every member read later.
        if (IsStructured(scope.TypeOf(assignment.Left)) && scope.PathOf(assignment.Right) is { } source)
        {
            _state.Clear(target);
            _state.Values.Remove(target);
            _state.Aliases[target] = _state.Canonical(source);
            return;
        }

        var value = Eval(assignment.Right, scope);
        value = isBool && !value.IsBool && value is Leaf leaf ? new Leaf(leaf.Name, true) : value;
        if (!WriteDynamicElement(assignment.Left, target, value, scope))
        {
            Write(target, value);
        }
    }

    private void Branch(IReadOnlyList<(Formula Condition, IReadOnlyList<Step> Body)> branches, IReadOnlyList<Step> elseBody, NameScope scope, bool inLoop)
    {
        // Each branch runs on the state as it was before the IF and is undone again; only what some branch wrote is merged.
        var outcomes = new List<(Dictionary<string, Formula?> Values, Dictionary<string, string?> Aliases)>();
        foreach (var (_, body) in branches)
        {
            _state.Begin();
            Run(body, scope, inLoop);
            outcomes.Add(_state.Rollback());
        }

        _state.Begin();
        Run(elseBody, scope, inLoop);
        outcomes.Add(_state.Rollback());

        // Fold from the last branch backwards: IF c1 THEN s1 ELSIF c2 THEN s2 ELSE s3 = c1 ? s1 : (c2 ? s2 : s3).
        var written = outcomes.SelectMany(o => o.Values.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var merged = new List<(string Key, Formula? Value)>();
        foreach (var key in written)
        {
            if (outcomes.All(o => o.Values.TryGetValue(key, out var v) && v is null))
            {
                merged.Add((key, null));
                continue;
            }

            var isBool = outcomes.Select(o => o.Values.GetValueOrDefault(key)).OfType<Formula>().First().IsBool;
            Formula Outcome(int i) => outcomes[i].Values.GetValueOrDefault(key) ?? Unwritten(key, isBool);
            var value = Outcome(branches.Count);
            for (var i = branches.Count - 1; i >= 0; i--)
            {
                value = F.Choose(branches[i].Condition, Outcome(i), value);
            }

            merged.Add((key, value));
        }

        // An alias survives the IF only where every branch leaves the same one.
        var aliases = outcomes.SelectMany(o => o.Aliases.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(key => (Key: key, Targets: outcomes.Select(o => o.Aliases.TryGetValue(key, out var t) ? t : _state.Aliases.GetValueOrDefault(key)).Distinct().ToList()))
            .ToList();
        foreach (var (key, value) in merged)
        {
            if (value is null)
            {
                _state.Values.Remove(key);
            }
            else
            {
                _state.Values[key] = value;
            }
        }

        foreach (var (key, targets) in aliases)
        {
            if (targets is [{ } target])
            {
                _state.Aliases[key] = target;
            }
            else
            {
                _state.Aliases.Remove(key);
            }
        }
    }

    /// <summary>The value a variable has when a branch does not write it: whatever it held before the IF.</summary>
    private Formula Unwritten(string path, bool isBool) =>
        _state.Values.TryGetValue(path, out var value) ? value : Read(path, isBool);

    private Formula Matches(Formula selector, ExpressionSyntax label, NameScope scope) => label is RangeExpressionSyntax range
        ? F.And(F.Compare("<=", Eval(range.Lower, scope), selector), F.Compare("<=", selector, Eval(range.Upper, scope)))
        : F.Compare("=", selector, Eval(label, scope));

    private void Invoke(InvocationExpressionSyntax call, NameScope scope)
    {
        if (scope.PathOf(call.Expression) is { } instance && scope.TypeOf(call.Expression) is { } type && IsBlockType(type))
        {
            CallBlock(instance, type, call.ArgumentList, scope);
            return;
        }

        // An action of the current POU runs in the POU's own scope.
        if (call.Expression is IdentifierNameSyntax name && _model.FindPou(scope.Pou.Name + "." + name.Identifier.Text) is { Kind: PouKind.Action } action && _depth < MaxInlineDepth)
        {
            _depth++;
            ExecuteBody(action.Statements, scope);
            _depth--;
            return;
        }

        Eval(call, scope);
    }

    private bool IsBlockType(string type) =>
        StandardBlocks.IsStandard(type) || _model.FindPou(type) is { Kind: PouKind.FunctionBlock } || (_model.FindStruct(type) is null && !IsElementary(type) && _model.FindPou(type) is null);

    private void CallBlock(string instance, string type, ArgumentListSyntax arguments, NameScope scope)
    {
        instance = _state.Canonical(instance);
        var block = _model.FindPou(type);
        var positional = block?.Variables.Where(v => v.Section is VarSection.Input or VarSection.InOut).Select(v => v.Name).ToList() ?? StandardBlocks.InputsOf(type).ToList();
        var inOuts = new List<string>();
        var outputs = new List<(ArgumentSyntax Argument, string Member)>();
        var index = 0;
        foreach (var argument in arguments.Arguments)
        {
            if (argument.OperatorToken is { Kind: SyntaxKind.ArrowToken })
            {
                outputs.Add((argument, argument.Name!.Text));
                continue;
            }

            var member = argument.Name?.Text ?? (index < positional.Count ? positional[index] : null);
            index++;
            if (member is not null && block is null)
            {
                member = StandardBlocks.InputName(type, member);
            }

            if (member is not null && argument.Value is not null)
            {
                // VAR_IN_OUT passes the variable itself: inside the call the parameter is the caller's variable.
                if (block?.Find(member) is { Section: VarSection.InOut } && TargetPath(argument.Value, scope) is { } passed)
                {
                    var parameter = instance + "." + member.ToLowerInvariant();
                    _state.Values.Remove(parameter);
                    _state.Aliases[parameter] = _state.Canonical(passed);
                    inOuts.Add(parameter);
                    continue;
                }

                Write(instance + "." + member.ToLowerInvariant(), Eval(argument.Value, scope));
            }
        }

        if (block is { Kind: PouKind.FunctionBlock } && _depth < MaxInlineDepth)
        {
            _depth++;
            ExecuteBody(block.Statements, new NameScope(_model, block, instance));
            _depth--;
            foreach (var parameter in inOuts)
            {
                _state.Aliases.Remove(parameter);
            }
        }
        else if (StandardBlocks.IsStandard(type))
        {
            Standard(instance, type.ToUpperInvariant());
        }
        else
        {
            var inputs = arguments.Arguments.Where(a => a.OperatorToken is not { Kind: SyntaxKind.ArrowToken } && a.Value is not null)
                .OrderBy(a => a.Name?.Text ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .Select(a => Eval(a.Value!, scope)).ToList();
            _unknownBlocks[instance] = (type.ToUpperInvariant(), inputs);
        }

        foreach (var (argument, member) in outputs)
        {
            if (argument.Value is not null && scope.PathOf(argument.Value) is { } target)
            {
                var value = Read(instance + "." + member.ToLowerInvariant(), true);
                Write(target, argument.NotKeyword is null ? value : F.Not(value));
            }
        }
    }

    /// <summary>Standard blocks as formulas over their inputs and one kept state each.</summary>
    private void Standard(string instance, string type)
    {
        // A member assigned before the call under its CODESYS name (rs.SET := x) is the same input as S.
        string Member(string name) => _state.Values.ContainsKey(instance + "." + name) ? name
            : new[] { "set", "set1", "reset", "reset1" }.FirstOrDefault(n => _state.Values.ContainsKey(instance + "." + n)
                && StandardBlocks.InputName(type, n).Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;
        Formula In(string name) => Read(instance + "." + Member(name), true);
        Formula State(string name) => new Leaf(instance + "." + name, true);
        void Keep(string state, params Formula[] inputs) => _hidden[instance + "." + state] = F.Opaque(type + "." + state, inputs, true);
        var preset = Read(instance + ".pt", false);
        switch (type)
        {
            case "TON":
                Write(instance + ".q", F.And(In("in"), State("elapsed")));
                Keep("elapsed", In("in"), preset);
                break;
            case "TOF":
                Write(instance + ".q", F.Or(In("in"), State("running")));
                Keep("running", In("in"), preset);
                break;
            case "TP":
                Write(instance + ".q", F.Or(F.And(In("in"), F.Not(State("m"))), State("pulse")));
                Keep("m", In("in"), preset);
                Keep("pulse", In("in"), preset);
                break;
            case "R_TRIG":
                Write(instance + ".q", F.And(In("clk"), F.Not(State("m"))));
                Write(instance + ".m", In("clk"));
                break;
            case "F_TRIG":
                Write(instance + ".q", F.And(F.Not(In("clk")), State("m")));
                Write(instance + ".m", In("clk"));
                break;
            case "SR":
                Write(instance + ".q1", F.Or(In("s1"), F.And(F.Not(In("r")), State("q1"))));
                break;
            case "RS":
                Write(instance + ".q1", F.And(F.Not(In("r1")), F.Or(In("s"), State("q1"))));
                break;
            default:
                // Counters: Q depends on the count, which is kept state; the inputs still matter for reviews via rules.
                Write(instance + ".q", F.Opaque(type + ".Q", [Read(instance + ".pv", false), State("cv")], true));
                Keep("cv", StandardBlocks.InputsOf(type).Select(i => Read(instance + "." + i.ToLowerInvariant(), !i.Equals("PV", StringComparison.OrdinalIgnoreCase))).ToArray());
                break;
        }
    }

    private Formula Eval(ExpressionSyntax expression, NameScope scope)
    {
        if (StackGuard.IsLow)
        {
            return StackGuard.OnFreshStack(() => Eval(expression, scope));
        }

        switch (expression)
        {
            case LiteralExpressionSyntax or TypedLiteralExpressionSyntax:
                return Literal(expression) ?? F.Opaque("literal:" + expression.ToString().Trim(), [], false);
            case ParenthesizedExpressionSyntax paren:
                return Eval(paren.Expression, scope);
            case UnaryExpressionSyntax unary:
                var operand = Eval(unary.Operand, scope);
                return unary.OperatorToken.Kind == SyntaxKind.NotKeyword ? F.Not(operand)
                    : unary.OperatorToken.Kind == SyntaxKind.MinusToken && operand is Literal { Number: { } n } ? F.Number(-n)
                    : F.Opaque(unary.OperatorToken.Text, [operand], false);
            case BinaryExpressionSyntax binary:
                return Binary(binary, scope);
            case InvocationExpressionSyntax call:
                return Call(call, scope);
            case ElementAccessExpressionSyntax element when TargetPath(element, scope) is { } resolved && resolved.Contains("[*]", StringComparison.Ordinal):
                // Dynamic index: the element is unknown; the index still counts as an input.
                var indices = element.Indices.Select(i => Eval(i, scope)).ToList();
                return F.Opaque("index:" + (scope.PathOf(element) ?? "?"), indices, IsBool(scope.TypeOf(element)));
            default:
                if (TargetPath(expression, scope) is { } path)
                {
                    return Read(path, IsBool(scope.TypeOf(expression)));
                }

                return F.Opaque(expression.Kind.ToString(), [], false);
        }
    }

    private Formula Binary(BinaryExpressionSyntax binary, NameScope scope)
    {
        var left = Eval(binary.Left, scope);
        var right = Eval(binary.Right, scope);
        if (binary.OperatorToken.Kind is SyntaxKind.EqualsToken or SyntaxKind.LessGreaterToken
            && CompareBits(binary.OperatorToken.Kind == SyntaxKind.EqualsToken ? "=" : "<>", left, right) is { } bits)
        {
            return bits;
        }

        switch (binary.OperatorToken.Kind)
        {
            case SyntaxKind.AndKeyword or SyntaxKind.AmpersandToken or SyntaxKind.AndThenKeyword:
                return left.IsBool || right.IsBool ? F.And(left, right) : F.Opaque("AND", [left, right], false);
            case SyntaxKind.OrKeyword or SyntaxKind.OrElseKeyword:
                return left.IsBool || right.IsBool ? F.Or(left, right) : F.Opaque("OR", [left, right], false);
            case SyntaxKind.XorKeyword:
                return left.IsBool || right.IsBool ? F.Xor(left, right) : F.Opaque("XOR", [left, right], false);
            case SyntaxKind.EqualsToken:
                return F.Compare("=", left, right);
            case SyntaxKind.LessGreaterToken:
                return F.Compare("<>", left, right);
            case SyntaxKind.LessToken:
                return F.Compare("<", left, right);
            case SyntaxKind.LessEqualsToken:
                return F.Compare("<=", left, right);
            case SyntaxKind.GreaterToken:
                return F.Compare(">", left, right);
            case SyntaxKind.GreaterEqualsToken:
                return F.Compare(">=", left, right);
            default:
                if (left is Literal { Number: { } a } && right is Literal { Number: { } b })
                {
                    switch (binary.OperatorToken.Kind)
                    {
                        case SyntaxKind.PlusToken: return F.Number(a + b);
                        case SyntaxKind.MinusToken: return F.Number(a - b);
                        case SyntaxKind.StarToken: return F.Number(a * b);
                        case SyntaxKind.SlashToken when b != 0: return F.Number(a / b);
                    }
                }

                return F.Opaque(binary.OperatorToken.Text.ToUpperInvariant(), [left, right], false);
        }
    }

    private Formula Call(InvocationExpressionSyntax call, NameScope scope)
    {
        var name = call.Expression is IdentifierNameSyntax id ? ProjectModel.StripQuotes(id.Identifier.Text) : null;
        if (name is not null && _model.FindPou(name) is { Kind: PouKind.Function } function && _depth < MaxInlineDepth)
        {
            return Inline(function, call.ArgumentList, scope);
        }

        var arguments = call.ArgumentList.Arguments.Where(a => a.Value is not null).Select(a => Eval(a.Value!, scope)).ToList();
        switch (name?.ToUpperInvariant())
        {
            case "AND" when arguments.Count > 0:
                return F.And(arguments.ToArray());
            case "OR" when arguments.Count > 0:
                return F.Or(arguments.ToArray());
            case "NOT" when arguments.Count == 1:
                return F.Not(arguments[0]);
            case "XOR" when arguments.Count == 2:
                return F.Xor(arguments[0], arguments[1]);
            case "SEL" when arguments.Count == 3:
                return F.Choose(arguments[0], arguments[2], arguments[1]);
            case "MOVE" when arguments.Count == 1:
                return arguments[0];
        }

        if (scope.PathOf(call.Expression) is { } instance && scope.TypeOf(call.Expression) is { } type && IsBlockType(type))
        {
            CallBlock(instance, type, call.ArgumentList, scope);
            return F.Opaque("call:" + instance, [], false);
        }

        var returnsBool = name is not null && _model.FindPou(name)?.ReturnType is { } rt && IsBool(rt);
        return F.Opaque((name ?? call.Expression.ToString().Trim()).ToUpperInvariant(), arguments, returnsBool || IsBoolFunction(name));
    }

    /// <summary>A helper FUNCTION is replaced by what it returns, so moving logic into a function changes nothing.</summary>
    private Formula Inline(PouSymbol function, ArgumentListSyntax arguments, NameScope caller)
    {
        var prefix = function.Name.ToLowerInvariant();
        var inputs = function.Variables.Where(v => v.Section is VarSection.Input or VarSection.InOut).Select(v => v.Name).ToList();
        var bound = new List<(string Path, Formula Value)>();
        var inOuts = new List<(string Parameter, string Passed)>();
        var index = 0;
        foreach (var argument in arguments.Arguments)
        {
            var member = argument.Name?.Text ?? (index < inputs.Count ? inputs[index] : null);
            index++;
            if (member is not null && argument.Value is not null && argument.OperatorToken is not { Kind: SyntaxKind.ArrowToken })
            {
                if (function.Find(member) is { Section: VarSection.InOut } && TargetPath(argument.Value, caller) is { } passed)
                {
                    inOuts.Add((prefix + "." + member.ToLowerInvariant(), _state.Canonical(passed)));
                    continue;
                }

                bound.Add((prefix + "." + member.ToLowerInvariant(), Eval(argument.Value, caller)));
            }
        }

        // A function has no memory: forget what an earlier call left in its variables.
        foreach (var key in _state.Values.KeysUnder(prefix + "."))
        {
            _state.Values.Remove(key);
        }

        foreach (var (path, value) in bound)
        {
            _state.Values[path] = value;
        }

        foreach (var (parameter, passed) in inOuts)
        {
            _state.Aliases[parameter] = passed;
        }

        _depth++;
        ExecuteBody(function.Statements, new NameScope(_model, function, prefix));
        _depth--;
        foreach (var (parameter, _) in inOuts)
        {
            _state.Aliases.Remove(parameter);
        }

        var result = Read(prefix + "." + function.Name.ToLowerInvariant(), IsBool(function.ReturnType));
        return result;
    }

    private static bool IsBoolFunction(string? name) => name?.ToUpperInvariant() is { } n && (n.EndsWith("_TO_BOOL", StringComparison.Ordinal) || n is "EQ" or "NE" or "GT" or "GE" or "LT" or "LE");

    private static Formula? Literal(ExpressionSyntax expression)
    {
        var text = expression.ToString().Trim();
        var parsed = LiteralParser.Parse(text);
        return parsed.Value switch
        {
            BoolValue b => F.Bool(b == BoolValue.True),
            IntegerValue i => F.Number((decimal)i.Value),
            RealValue r => F.Number((decimal)r.Value),
            DurationValue d => F.Number(d.Nanoseconds / (decimal)DurationValue.NanosecondsPerMillisecond),
            null => null,
            var other => new Literal(other.ToString() ?? text, null),
        };
    }

    internal static bool IsBool(string? typeName) => typeName is null || typeName.Equals("BOOL", StringComparison.OrdinalIgnoreCase);

    private bool IsStructured(string? typeName) => typeName is not null && (_model.FindStruct(typeName) is not null || _model.FindPou(typeName) is { Kind: PouKind.FunctionBlock });

    private static bool IsElementary(string type) => type.ToUpperInvariant() is "BOOL" or "BYTE" or "WORD" or "DWORD" or "LWORD" or "SINT" or "INT" or "DINT" or "LINT"
        or "USINT" or "UINT" or "UDINT" or "ULINT" or "REAL" or "LREAL" or "TIME" or "LTIME" or "DATE" or "TOD" or "DT" or "TIME_OF_DAY" or "DATE_AND_TIME" or "STRING" or "WSTRING" or "CHAR" or "WCHAR"
        || type.StartsWith("ARRAY", StringComparison.OrdinalIgnoreCase) || type.StartsWith("STRING", StringComparison.OrdinalIgnoreCase)
        || type.StartsWith("POINTER", StringComparison.OrdinalIgnoreCase) || type.StartsWith("REFERENCE", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A kept state that is nothing but the previous scan's value of an input expression - an R_TRIG's memory, or a
    /// hand-written <c>x_prev := x;</c> - named by what it remembers, so <c>x AND NOT x_prev</c> and an R_TRIG on x
    /// give the same signature. Only unconditional copies of inputs qualify, and only with a FALSE start value (as an
    /// R_TRIG's memory has), so the renaming never hides a difference.
    /// </summary>
    private Formula Normalise(Formula formula) => formula switch
    {
        Leaf leaf when MemoryOf(leaf) is { } remembered => new Leaf("prev(" + remembered.Key + ")", leaf.IsBool),
        Not n => F.Not(Normalise(n.Operand)),
        Junction j => F.Junction(j.IsAnd, j.Operands.Select(Normalise)),
        Opaque o => F.Opaque(o.Op, o.Arguments.Select(Normalise).ToList(), o.IsBool),
        _ => formula,
    };

    private Formula? MemoryOf(Leaf leaf)
    {
        if (!leaf.IsBool || !_state.Values.TryGetValue(leaf.Name, out var value) || !IsInputExpression(value) || !StartsFalse(leaf.Name))
        {
            return null;
        }

        return value;
    }

    private bool IsInputExpression(Formula formula) => formula switch
    {
        BoolConst => true,
        // A timer's elapsed time or a counter's count is kept state too: its memory is not a remembered input.
        Leaf l => !_state.Values.ContainsKey(l.Name) && !_hidden.ContainsKey(l.Name),
        Not n => IsInputExpression(n.Operand),
        Junction j => j.Operands.All(IsInputExpression),
        _ => false,
    };

    private bool StartsFalse(string path)
    {
        var parts = path.Split('.');
        if (parts.Length == 3 && parts[2] == "m")
        {
            var owner = parts[0] == "global" ? _model.FindGlobal(parts[1]) : _model.FindPou(parts[0])?.Find(parts[1]);
            return owner is not null && owner.TypeName.ToUpperInvariant() is "R_TRIG" or "F_TRIG";
        }

        var symbol = parts.Length != 2 ? null : parts[0] == "global" ? _model.FindGlobal(parts[1]) : _model.FindPou(parts[0])?.Find(parts[1]);
        return symbol is { IsRetain: false, IsConstant: false }
               && (symbol.Initializer is null || symbol.Initializer.ToString().Trim().Equals("FALSE", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What a finished scan leaves: read any path's end-of-scan value.</summary>
    public sealed class ScanResult(ScanExecutor executor)
    {
        public Formula ValueOf(string path, bool isBool) => executor.ValueOf(path, isBool);

        /// <summary>The unresolved write an unknown leaf stands for, or null for an ordinary signal.</summary>
        public UnresolvedWrite? Unresolved(string leaf) => UnresolvedWrite.IsUnresolved(leaf) ? executor.UnresolvedOf(leaf) : null;

        /// <summary>Whether the scan writes the path (so its start-of-scan value is state kept from the previous scan).</summary>
        public bool Writes(string path) => executor._state.Values.ContainsKey(executor._state.Canonical(path));

        /// <summary>
        /// How a state kept to the next scan is updated, or null for an input: a written variable's end-of-scan value (remembered
        /// inputs named as in <see cref="Signature"/>), or for a standard block's hidden state (a timer's elapsed time, a counter's
        /// count) an opaque <c>TON.elapsed(IN, PT)</c> over the inputs it was last called with.
        /// </summary>
        public Formula? Next(string path, bool isBool = true) =>
            Writes(path) ? executor.Normalise(executor.ValueOf(path, isBool)) : executor._hidden.TryGetValue(path, out var hidden) ? executor.Normalise(hidden) : null;

        /// <summary>The safety signature of an output: its end-of-scan value with remembered inputs named by what they remember.</summary>
        public Formula Signature(string path) => executor.Normalise(executor.ValueOf(path, true));
    }
}
