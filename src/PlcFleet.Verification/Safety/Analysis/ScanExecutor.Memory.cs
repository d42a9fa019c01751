using System.Globalization;
using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Memory the symbolic scan resolves beyond plain names: array elements whose index is known during the scan (a FOR
/// counter) or ranges over the array bounds (a run-time index writes each element under "index = k"), pointers set with
/// ADR/REF, and single bits of a word that is later read as a whole. A pointer the analysis cannot follow writes every
/// variable whose address is taken, under an unknown condition.
/// </summary>
public sealed partial class ScanExecutor
{
    private const int MaxExpandedElements = 256;
    private static readonly Regex Bounds = new(@"^\s*ARRAY\s*\[\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private HashSet<string>? _addressTaken;

    /// <summary>The path of a variable reference, with indices the scan knows (a loop counter) filled in; <c>*</c> for unknown ones.</summary>
    private string? TargetPath(ExpressionSyntax expression, NameScope scope) => expression switch
    {
        ElementAccessExpressionSyntax element when TargetPath(element.Expression, scope) is { } array =>
            array + "[" + string.Join(",", element.Indices.Select(i => IndexKey(i, scope))) + "]",
        MemberAccessExpressionSyntax member when member.Expression is ElementAccessExpressionSyntax or MemberAccessExpressionSyntax
            && member.DescendantNodes().OfType<ElementAccessExpressionSyntax>().Any() && TargetPath(member.Expression, scope) is { } owner =>
            owner + "." + ProjectModel.StripQuotes(member.Member.Text).ToLowerInvariant(),
        ParenthesizedExpressionSyntax paren => TargetPath(paren.Expression, scope),
        _ => scope.PathOf(expression),
    };

    private string IndexKey(ExpressionSyntax index, NameScope scope) =>
        index is LiteralExpressionSyntax literal ? literal.Token.Text
        : Eval(index, scope) is Literal { Number: { } n } && n == decimal.Truncate(n) ? n.ToString(CultureInfo.InvariantCulture) : "*";

    /// <summary>The element paths a path with an unknown index may denote (all elements within the declared bounds).</summary>
    private IEnumerable<string> Expand(string path, ExpressionSyntax target, NameScope scope)
    {
        var star = path.IndexOf("[*]", StringComparison.Ordinal);
        if (star < 0 || target.DescendantNodesAndSelf().OfType<ElementAccessExpressionSyntax>().FirstOrDefault() is not { } element
            || ElementsOf(element, scope) is not { } elements)
        {
            return [path];
        }

        return elements.Select(k => path[..star] + "[" + k.ToString(CultureInfo.InvariantCulture) + "]" + path[(star + 3)..]);
    }

    private List<long>? ElementsOf(ElementAccessExpressionSyntax element, NameScope scope)
    {
        if (element.Indices.Count != 1 || scope.TypeOf(element.Expression) is not { } type || Bounds.Match(type) is not { Success: true } match)
        {
            return null;
        }

        var low = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var high = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return high < low || high - low >= MaxExpandedElements ? null : Enumerable.Range(0, (int)(high - low + 1)).Select(i => low + i).ToList();
    }

    /// <summary>
    /// <c>a[i] := v</c> with i unknown: each element k becomes <c>i = k ? v : a[k]</c>. Without known bounds the write is
    /// unresolved and every element already written becomes unknown.
    /// </summary>
    private bool WriteDynamicElement(ExpressionSyntax left, string path, Formula value, NameScope scope)
    {
        if (!path.Contains("[*]", StringComparison.Ordinal) || left is not ElementAccessExpressionSyntax element)
        {
            return false;
        }

        var array = path[..path.IndexOf("[*]", StringComparison.Ordinal)];
        if (ElementsOf(element, scope) is { } elements)
        {
            var index = Eval(element.Indices[0], scope);
            foreach (var k in elements)
            {
                var each = array + "[" + k.ToString(CultureInfo.InvariantCulture) + "]";
                Write(each, F.Choose(F.Compare("=", index, F.Number(k)), value, Read(each, value.IsBool)));
            }

            return true;
        }

        var unknown = Unknown("index", left, scope, $"write to {left.ToString().Trim()} with a run-time index into an array of unknown size");
        foreach (var key in _state.Values.KeysUnder(_state.Canonical(array) + "["))
        {
            Write(key, F.Choose(unknown, value, Read(key, value.IsBool)));
        }

        return true;
    }

    /// <summary><c>p := ADR(x)</c> makes <c>p^</c> an alias of x; <c>p^ := v</c> through a pointer the scan did not see set writes every address-taken variable.</summary>
    private bool WriteThroughPointer(AssignmentStatementSyntax assignment, string target, NameScope scope)
    {
        if (assignment.Right is InvocationExpressionSyntax { Expression: IdentifierNameSyntax fn } call
            && fn.Identifier.Text.ToUpperInvariant() is "ADR" or "REF" && call.ArgumentList.Arguments.Count > 0 && call.ArgumentList.Arguments[0].Value is { } of
            && TargetPath(of, scope) is { } referenced)
        {
            _state.Values.Remove(target);
            _state.Aliases[target + "^"] = _state.Canonical(referenced);
            return true;
        }

        if (assignment.Left is not DereferenceExpressionSyntax || _state.Canonical(target) != target)
        {
            return false;
        }

        var value = Eval(assignment.Right, scope);
        var unknown = Unknown("pointer", assignment, scope,
            $"write through the pointer {assignment.Left.ToString().Trim()}, whose target the analysis cannot follow: it may write any variable whose address is taken");
        foreach (var candidate in AddressTaken())
        {
            Write(candidate, F.Choose(unknown, value, Read(candidate, value.IsBool)));
        }

        return true;
    }

    /// <summary>Every variable whose address is taken anywhere in the site (ADR, REF, REF=).</summary>
    private HashSet<string> AddressTaken()
    {
        if (_addressTaken is not null)
        {
            return _addressTaken;
        }

        _addressTaken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pou in _model.Pous)
        {
            var scope = new NameScope(_model, pou, pou.Name);
            foreach (var node in pou.Statements.SelectMany(s => s.DescendantNodesAndSelf()))
            {
                var of = node switch
                {
                    InvocationExpressionSyntax { Expression: IdentifierNameSyntax fn } call when fn.Identifier.Text.ToUpperInvariant() is "ADR" or "REF" =>
                        call.ArgumentList.Arguments.Count > 0 ? call.ArgumentList.Arguments[0].Value : null,
                    AssignmentStatementSyntax { OperatorToken.Kind: SyntaxKind.RefAssignToken } a => a.Right,
                    _ => null,
                };
                if (of is not null && scope.PathOf(of) is { } path)
                {
                    _addressTaken.Add(path);
                }
            }
        }

        return _addressTaken;
    }

    /// <summary>A bit of a word (<c>w.3</c>): the path's last part is a bit number.</summary>
    private static bool IsBitPath(string path, out string word, out int bit)
    {
        var dot = path.LastIndexOf('.');
        word = dot > 0 ? path[..dot] : path;
        bit = -1;
        return dot > 0 && int.TryParse(path[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out bit) && bit < 64;
    }

    /// <summary>
    /// Writing a bit changes the word: a word built from a known constant is kept as "base with these bits set to these
    /// formulas" (<c>BITS</c>), so a later comparison of the whole word with a constant folds back to the bit conditions.
    /// </summary>
    private void WriteBit(string word, int bit, Formula value)
    {
        var old = Read(word, false);
        var bits = new SortedDictionary<int, Formula>();
        decimal? baseValue = old is Literal { Number: { } n } ? n : null;
        if (old is Opaque { Op: "BITS" } packed)
        {
            baseValue = ((Literal)packed.Arguments[0]).Number;
            for (var i = 1; i + 1 < packed.Arguments.Count; i += 2)
            {
                bits[(int)((Literal)packed.Arguments[i]).Number!.Value] = packed.Arguments[i + 1];
            }
        }

        if (baseValue is null)
        {
            Write(word, F.Opaque("SETBIT" + bit.ToString(CultureInfo.InvariantCulture), [old, value], false));
            return;
        }

        bits[bit] = value;
        var arguments = new List<Formula> { F.Number(baseValue.Value) };
        foreach (var (b, v) in bits)
        {
            arguments.Add(F.Number(b));
            arguments.Add(v);
        }

        Write(word, F.Opaque("BITS", arguments, false));
    }

    /// <summary>The value of bit <paramref name="bit"/> of a word whose value the scan knows, or null.</summary>
    private Formula? ReadBit(string word, int bit)
    {
        if (!_state.Values.TryGetValue(_state.Canonical(word), out var value))
        {
            return null;
        }

        return value switch
        {
            Literal { Number: { } n } => F.Bool(((long)n >> bit & 1) == 1),
            Opaque { Op: "BITS" } packed => BitsOf(packed).TryGetValue(bit, out var v) ? v : F.Bool(((long)((Literal)packed.Arguments[0]).Number!.Value >> bit & 1) == 1),
            _ => F.Opaque("BIT" + bit.ToString(CultureInfo.InvariantCulture), [value], true),
        };
    }

    private static Dictionary<int, Formula> BitsOf(Opaque packed)
    {
        var bits = new Dictionary<int, Formula>();
        for (var i = 1; i + 1 < packed.Arguments.Count; i += 2)
        {
            bits[(int)((Literal)packed.Arguments[i]).Number!.Value] = packed.Arguments[i + 1];
        }

        return bits;
    }

    /// <summary><c>word = K</c> for a word of known bits: every bit equals K's bit.</summary>
    private static Formula? CompareBits(string op, Formula left, Formula right)
    {
        if (op is not ("=" or "<>"))
        {
            return null;
        }

        var (packed, constant) = left is Opaque { Op: "BITS" } l && right is Literal { Number: { } r } ? (l, r)
            : right is Opaque { Op: "BITS" } rr && left is Literal { Number: { } ll } ? (rr, ll) : (null, 0m);
        if (packed is null || constant != decimal.Truncate(constant))
        {
            return null;
        }

        var k = (long)constant;
        var baseValue = (long)((Literal)packed.Arguments[0]).Number!.Value;
        var bits = BitsOf(packed);
        var terms = new List<Formula>();
        for (var bit = 0; bit < 64; bit++)
        {
            var want = (k >> bit & 1) == 1;
            terms.Add(bits.TryGetValue(bit, out var v) ? (want ? v : F.Not(v)) : F.Bool(((baseValue >> bit & 1) == 1) == want));
        }

        var equal = F.And(terms.ToArray());
        return op == "=" ? equal : F.Not(equal);
    }
}
