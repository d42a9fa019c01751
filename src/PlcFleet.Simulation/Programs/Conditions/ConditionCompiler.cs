using PlcFleet.Simulation.Programs.Signals;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Programs.Conditions;

/// <summary>
/// Compiles a scenario condition (<c>expect</c>, <c>always</c>, <c>never</c>) into a predicate over a program
/// instance's state: parsed by the ST parser, names resolved by <see cref="SignalResolver"/>, types checked as ST
/// checks them (BOOL logic, bit-string logic, comparisons, arithmetic on numbers and TIME), evaluated on
/// <see cref="PlcValue"/>s after each scan.
/// </summary>
public sealed class ConditionCompiler
{
    private readonly IProgramInstance _instance;
    private readonly SignalResolver _resolver;

    public ConditionCompiler(IProgramInstance instance, SignalDirectory? directory = null)
    {
        _instance = instance;
        _resolver = new SignalResolver(instance, directory);
    }

    public CompiledCondition Compile(string condition)
    {
        var parsed = ConditionParser.Parse(condition, _resolver.Directory.Dialect);
        if (parsed.Error is null && parsed.Expression is null)
        {
            return CompiledCondition.Failure(condition, new ConditionError(0, 0, "the condition is empty"));
        }

        if (parsed.Error is { } syntaxError)
        {
            return CompiledCondition.Failure(condition, syntaxError);
        }

        var scope = new Scope(this, parsed);
        try
        {
            var operand = scope.Compile(parsed.Expression!);
            if (operand.Kind != PlcValueKind.Bool)
            {
                throw new ConditionRejected(parsed.ErrorAt(parsed.Expression!,
                    $"the condition is {operand.Type}, not BOOL; compare it, e.g. '{parsed.TextOf(parsed.Expression!)} <> 0'"));
            }

            var read = operand.Read;
            return CompiledCondition.Success(condition, () => read().AsBool, scope.Signals);
        }
        catch (ConditionRejected rejected)
        {
            return CompiledCondition.Failure(condition, rejected.Error);
        }
    }

    /// <summary>Compiling one condition: collects the signals it reads.</summary>
    private sealed class Scope(ConditionCompiler owner, ParsedCondition parsed)
    {
        private readonly List<string> _signals = [];

        public IReadOnlyList<string> Signals => _signals;

        public ConditionOperand Compile(ExpressionSyntax node) => node switch
        {
            ParenthesizedExpressionSyntax p => Compile(p.Expression),
            LiteralExpressionSyntax or TypedLiteralExpressionSyntax => Literal(node),
            UnaryExpressionSyntax unary => ConditionOperators.Unary(unary.Kind, Compile(unary.Operand), message => Reject(node, message)),
            BinaryExpressionSyntax binary => ConditionOperators.Binary(binary.Kind, binary.OperatorToken.Text, Compile(binary.Left), Compile(binary.Right),
                message => Reject(node, message)),
            MemberAccessExpressionSyntax { Member.Kind: SyntaxKind.IntegerLiteralToken } bit => BitOf(bit),
            IdentifierNameSyntax or LocalNameSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax or DirectAddressSyntax => Signal(node),
            InvocationExpressionSyntax => throw Reject(node, "function calls are not evaluated in scenario conditions; compare signals and literals"),
            _ => throw Reject(node, $"'{parsed.TextOf(node)}' is not supported in a scenario condition"),
        };

        private ConditionOperand Literal(ExpressionSyntax node)
        {
            var text = parsed.TextOf(node);
            var result = LiteralParser.Parse(text);
            if (!result.Succeeded)
            {
                throw Reject(node, $"'{text}' is not a valid literal: {result.Error!.Message}");
            }

            PlcValue? value = result.Value switch
            {
                BoolValue b => PlcValue.FromBool(b.Value),
                IntegerValue i when result.IsTyped && PlcType.FromName(i.IntegerType.Name) is { Kind: PlcValueKind.Integer } type => PlcValue.FromInteger((long)i.Value, type),
                IntegerValue i when result.IsTyped && PlcType.FromName(i.IntegerType.Name) is { Kind: PlcValueKind.Bool } => PlcValue.FromBool(i.Value != 0),
                IntegerValue i => PlcValue.FromInteger((long)i.Value, PlcType.LInt),
                RealValue r => PlcValue.FromReal(r.Value, result.IsTyped ? PlcType.FromName(r.Type.ToString()) ?? PlcType.LReal : PlcType.LReal),
                DurationValue d => PlcValue.FromNanoseconds(d.Nanoseconds, PlcType.FromName(d.Type.ToString()) ?? PlcType.Time),
                StringValue s => PlcValue.FromString(s.Value, s.StringType.IsWide ? PlcType.WString : PlcType.String),
                _ => null,
            };
            return value is { } v
                ? ConditionOperand.Constant(v, untyped: !result.IsTyped && v.Kind is PlcValueKind.Integer or PlcValueKind.Real)
                : throw Reject(node, $"'{text}': date and time-of-day values are not compared in scenario conditions");
        }

        private ConditionOperand Signal(ExpressionSyntax node)
        {
            var path = Path(node);
            var lookup = owner._resolver.Resolve(path);
            if (lookup.Signal is not { } signal)
            {
                throw Reject(node, lookup.Error!);
            }

            if (!_signals.Contains(signal.Name, StringComparer.OrdinalIgnoreCase))
            {
                _signals.Add(signal.Name);
            }

            var instance = owner._instance;
            var name = signal.Name;
            return new ConditionOperand(signal.Type, () => instance.Get(name));
        }

        /// <summary><c>Status.3</c>: bit 3 of an integer signal, as ST's bit access reads it.</summary>
        private ConditionOperand BitOf(MemberAccessExpressionSyntax node)
        {
            var word = Compile(node.Expression);
            if (word.Kind != PlcValueKind.Integer || !int.TryParse(node.Member.Text, out var bit) || bit >= word.Type.BitWidth)
            {
                throw Reject(node, $"'{parsed.TextOf(node)}': bit access needs an integer signal and a bit number below its width");
            }

            var read = word.Read;
            return new ConditionOperand(PlcType.Bool, () => PlcValue.FromBool(((read().AsInteger >> bit) & 1) != 0));
        }

        /// <summary>The signal path as the instance names it: <c>fb.Q</c>, <c>Zones[2]</c>, <c>%IX0.1</c>.</summary>
        private string Path(ExpressionSyntax node) => node switch
        {
            IdentifierNameSyntax name => name.Identifier.Text.Trim('"'),
            LocalNameSyntax local => local.Identifier.Text.Trim('"'),
            DirectAddressSyntax address => address.Address.Text,
            MemberAccessExpressionSyntax member => $"{Path(member.Expression)}.{member.Member.Text.Trim('"')}",
            ElementAccessExpressionSyntax element => $"{Path(element.Expression)}[{string.Join(",", element.Indices.Select(Index))}]",
            _ => throw Reject(node, $"'{parsed.TextOf(node)}' does not name a signal"),
        };

        private string Index(ExpressionSyntax index)
        {
            var constant = index is LiteralExpressionSyntax or TypedLiteralExpressionSyntax or UnaryExpressionSyntax { Operand: LiteralExpressionSyntax };
            var operand = Compile(index);
            return constant && operand.Kind == PlcValueKind.Integer
                ? operand.Read().AsInteger.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : throw Reject(index, "an array index in a scenario condition must be an integer literal, e.g. Zones[2]");
        }

        private ConditionRejected Reject(SyntaxNode node, string message) => new(parsed.ErrorAt(node, message));
    }

    private sealed class ConditionRejected(ConditionError error) : Exception(error.Message)
    {
        public ConditionError Error { get; } = error;
    }
}
