using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF010: a channel input of a safety function block wired to an expression instead of one input signal, e.g.
/// <c>SAFETY_GUARD_MONITOR(Channel2 := DoorSwitch_B AND NOT MaintKey_Active)</c>: the monitor would treat a key switch as a
/// door contact, and its discrepancy diagnostics would no longer see the real channel.
/// </summary>
public sealed class ChannelWiringRule : ISafetyRule
{
    private static readonly string[] ChannelWords = ["channel", "ch1", "ch2", "cha", "chb", "ossd", "_s1", "_s2"];

    public string Id => "SAF010";

    public string Title => "safety block channel wired to an expression";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var old = comparison.Before.Model.Pous.SelectMany(p => RuleKit.Nodes<ArgumentSyntax>(p).Select(a => p.Name.ToUpperInvariant() + "|" + RuleKit.Norm(a)))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var pou in comparison.After.Model.Pous)
        {
            var scope = RuleKit.Scope(comparison.After, pou);
            foreach (var call in RuleKit.Nodes<InvocationExpressionSyntax>(pou))
            {
                var callee = call.Expression is IdentifierNameSyntax id ? id.Identifier.Text : null;
                var type = scope.TypeOf(call.Expression) ?? callee;
                if (type is null || !IsSafetyBlock(comparison, type))
                {
                    continue;
                }

                foreach (var argument in call.ArgumentList.Arguments)
                {
                    if (argument.Name is not { } name || argument.Value is null || !RuleKit.NameLike(name.Text, ChannelWords)
                        || IsSingleSignal(argument.Value) || old.Contains(pou.Name.ToUpperInvariant() + "|" + RuleKit.Norm(argument)))
                    {
                        continue;
                    }

                    yield return new SafetyFinding(Id, FindingSeverity.Error, SourceRef.Of(pou.File, argument),
                        $"channel input {type}.{name.Text} is wired to the expression '{argument.Value.ToString().Trim()}', not to one input signal",
                        $"{type} is a safety function block; {name.Text} must be one contact of one device, so that the block's own diagnostics "
                        + "(both channels must agree) see the real field signal. Folding other logic into a channel - a maintenance key, a muting "
                        + "condition, a second door - changes what the block monitors and can hide a channel fault. Keep extra conditions outside "
                        + "the call, e.g. 'Ok := Monitor(Channel1 := A, Channel2 := B) AND NOT MaintKey_Active;'.");
                }
            }
        }
    }

    private static bool IsSafetyBlock(SafetyComparison comparison, string type) =>
        comparison.After.Config.Types.Any(t => t.Matches(type)) || comparison.Before.Config.Types.Any(t => t.Matches(type))
        || (comparison.After.Model.FindPou(type) is { Kind: PouKind.Function or PouKind.FunctionBlock } pou && comparison.IsSafetyPou(pou));

    private static bool IsSingleSignal(ExpressionSyntax value) => value switch
    {
        ParenthesizedExpressionSyntax p => IsSingleSignal(p.Expression),
        IdentifierNameSyntax or LocalNameSyntax or MemberAccessExpressionSyntax => true,
        ElementAccessExpressionSyntax e => e.Indices.All(i => i is LiteralExpressionSyntax),
        _ => false,
    };
}
