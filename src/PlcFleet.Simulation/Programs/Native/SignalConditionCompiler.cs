using System.Globalization;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Programs.Native;

/// <summary>
/// Compiles the everyday subset of ST boolean expressions (NOT, AND/&amp;, OR, XOR, comparisons, + and -,
/// parentheses, TRUE/FALSE, numbers, durations, strings, dotted signal names) for instances that have no ST
/// binder behind them, such as C# reference programs. The ST-backed instance compiles full ST instead.
/// </summary>
public sealed class SignalConditionCompiler
{
    private readonly IProgramInstance _instance;
    private List<string> _tokens = [];
    private int _position;
    private List<string> _signals = [];

    public SignalConditionCompiler(IProgramInstance instance) => _instance = instance;

    public CompiledCondition Compile(string expression)
    {
        _signals = [];
        _position = 0;
        try
        {
            _tokens = Tokenize(expression);
            if (_tokens.Count == 0)
            {
                return CompiledCondition.Failure(expression, "the condition is empty");
            }

            var body = ParseOr();
            if (_position < _tokens.Count)
            {
                throw new FormatException($"unexpected '{_tokens[_position]}'");
            }

            var signals = _signals.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return CompiledCondition.Success(expression, () => body().AsBool, signals);
        }
        catch (FormatException e)
        {
            return CompiledCondition.Failure(expression, e.Message);
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var end = text.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    throw new FormatException("unterminated string literal");
                }

                tokens.Add(text[i..(end + 1)]);
                i = end + 1;
            }
            else if (char.IsLetterOrDigit(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '#'))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
            else if (i + 1 < text.Length && text.Substring(i, 2) is "<=" or ">=" or "<>")
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else if ("()=<>&+-".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                throw new FormatException($"unexpected character '{c}'");
            }
        }

        return tokens;
    }

    private bool Accept(string token)
    {
        if (_position < _tokens.Count && string.Equals(_tokens[_position], token, StringComparison.OrdinalIgnoreCase))
        {
            _position++;
            return true;
        }

        return false;
    }

    private Func<PlcValue> ParseOr()
    {
        var left = ParseXor();
        while (Accept("OR"))
        {
            var (l, r) = (left, ParseXor());
            left = () => PlcValue.FromBool(l().AsBool || r().AsBool);
        }

        return left;
    }

    private Func<PlcValue> ParseXor()
    {
        var left = ParseAnd();
        while (Accept("XOR"))
        {
            var (l, r) = (left, ParseAnd());
            left = () => PlcValue.FromBool(l().AsBool ^ r().AsBool);
        }

        return left;
    }

    private Func<PlcValue> ParseAnd()
    {
        var left = ParseComparison();
        while (Accept("AND") || Accept("&"))
        {
            var (l, r) = (left, ParseComparison());
            left = () => PlcValue.FromBool(l().AsBool && r().AsBool);
        }

        return left;
    }

    private Func<PlcValue> ParseComparison()
    {
        var left = ParseSum();
        foreach (var op in new[] { "=", "<>", "<=", ">=", "<", ">" })
        {
            if (Accept(op))
            {
                var (l, r) = (left, ParseSum());
                return () => PlcValue.FromBool(Compare(op, l(), r()));
            }
        }

        return left;
    }

    private static bool Compare(string op, PlcValue a, PlcValue b)
    {
        if (op is "=" or "<>")
        {
            return a.SameValueAs(b) == (op == "=");
        }

        var order = a.Kind == PlcValueKind.String ? string.CompareOrdinal(a.AsString, b.AsString) : a.AsReal.CompareTo(b.AsReal);
        return op switch
        {
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order >= 0,
        };
    }

    private Func<PlcValue> ParseSum()
    {
        var left = ParseUnary();
        while (true)
        {
            var plus = Accept("+");
            if (!plus && !Accept("-"))
            {
                return left;
            }

            var (l, r) = (left, ParseUnary());
            left = () => Arithmetic(l(), r(), plus ? 1 : -1);
        }
    }

    private static PlcValue Arithmetic(PlcValue a, PlcValue b, int sign) =>
        a.Kind == PlcValueKind.Real || b.Kind == PlcValueKind.Real
            ? PlcValue.FromReal(a.AsReal + (sign * b.AsReal))
            : a.Kind == PlcValueKind.Time
                ? PlcValue.FromNanoseconds(a.AsInteger + (sign * b.AsInteger), a.Type)
                : PlcValue.FromInteger(a.AsInteger + (sign * b.AsInteger), PlcType.LInt);

    private Func<PlcValue> ParseUnary()
    {
        if (Accept("NOT"))
        {
            var operand = ParseUnary();
            return () => PlcValue.FromBool(!operand().AsBool);
        }

        if (Accept("-"))
        {
            var operand = ParseUnary();
            return () => Arithmetic(PlcValue.FromInteger(0, PlcType.LInt), operand(), -1);
        }

        return ParsePrimary();
    }

    private Func<PlcValue> ParsePrimary()
    {
        if (_position >= _tokens.Count)
        {
            throw new FormatException("the condition ends too early");
        }

        var token = _tokens[_position++];
        if (token == "(")
        {
            var inner = ParseOr();
            if (!Accept(")"))
            {
                throw new FormatException("missing ')'");
            }

            return inner;
        }

        var constant = ParseLiteral(token);
        if (constant is { } value)
        {
            return () => value;
        }

        if (!char.IsLetter(token[0]) && token[0] != '_')
        {
            throw new FormatException($"unexpected '{token}'");
        }

        var signal = _instance.FindSignal(token) ?? throw new FormatException($"unknown signal '{token}'");
        _signals.Add(signal.Name);
        var name = signal.Name;
        return () => _instance.Get(name);
    }

    private static PlcValue? ParseLiteral(string token)
    {
        if (token.Equals("TRUE", StringComparison.OrdinalIgnoreCase))
        {
            return PlcValue.True;
        }

        if (token.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            return PlcValue.False;
        }

        if (token.StartsWith('\''))
        {
            return PlcValue.FromString(token[1..^1]);
        }

        var upper = token.ToUpperInvariant();
        if (upper.StartsWith("T#", StringComparison.Ordinal) || upper.StartsWith("TIME#", StringComparison.Ordinal)
            || upper.StartsWith("LT#", StringComparison.Ordinal))
        {
            return IecTime.TryParse(token, out long ns, out var error) ? PlcValue.FromNanoseconds(ns) : throw new FormatException(error);
        }

        if (!char.IsAsciiDigit(token[0]))
        {
            return null;
        }

        if (token.Contains('.', StringComparison.Ordinal) || token.Contains('E', StringComparison.OrdinalIgnoreCase) && !token.Contains('#', StringComparison.Ordinal))
        {
            return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                ? PlcValue.FromReal(real)
                : throw new FormatException($"'{token}' is not a number");
        }

        return PlcValue.TryParse(token, PlcType.LInt, out var integer, out var integerError) ? integer : throw new FormatException(integerError);
    }
}
