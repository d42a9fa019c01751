using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF007: a safety timer's preset reduced (delays before motion, restart delays), a monitoring time increased
/// (discrepancy, feedback, muting limits, watchdogs) or a safety counter's limit changed, also via CONSTANTs.
/// </summary>
public sealed class PresetRule : ISafetyRule
{
    /// <summary>Monitoring times (longer is weaker), in the plant languages: EN, DE, FR, ES, IT, PL, CZ.</summary>
    private static readonly string[] MonitoringWords =
        ["discrep", "feedback", "monitor", "watchdog", "timeout", "max", "limit", "sync", "supervis", "twohand", "two_hand",
         "diskrepanz", "gleichzeit", "ueberwach", "überwach", "zweihand", "rueckmeld", "rückmeld", "discordance", "surveill",
         "discrepan", "vigilan", "supervisi", "sorveglian", "rozbiez", "nadzor", "nesoulad", "dohled", "kontrolni",
         // Muting of a light curtain is bounded in time: a longer limit leaves the curtain bridged for longer.
         "mute", "muting", "inhib", "ueberbrueck", "überbrück", "wycisz", "umlč", "umlc"];

    public string Id => "SAF007";

    public string Title => "safety timer or counter preset changed";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var cone = comparison.BeforeCone;
        var before = Presets(comparison.Before);
        var after = Presets(comparison.After);
        // A timer moved (into a function block, another instance) is compared with the safety timers that disappeared.
        var vanished = before.Where(b => b.Value.Value is not null && !after.ContainsKey((comparison.BeforeToAfter.GetValueOrDefault(b.Key.Item1, b.Key.Item1), b.Key.Item2))
                                         && (comparison.Before.Set.IsSafety(b.Key.Item1) || cone.Contains(b.Key.Item1) || comparison.Before.IsSafetyPou(b.Value.Pou)))
            .ToList();
        foreach (var ((instance, parameter), (afterValue, location, type, pou, text)) in after)
        {
            var oldInstance = comparison.FormulaRename(instance);
            var counter = StandardBlocks.IsCounter(type);
            var monitoring = RuleKit.NameLike(instance.Split('.')[^1] + " " + parameter + " " + text, MonitoringWords);
            if (!before.TryGetValue((oldInstance, parameter), out var old) || old.Value is null)
            {
                if (Moved(vanished, parameter, monitoring, afterValue) is { } moved && (comparison.IsSafetyPou(pou) || UsedInCone(comparison, pou)))
                {
                    yield return Finding(location, $"safety timer preset {comparison.Before.Display(moved.Key.Item1)}.{parameter} moved to {comparison.After.Display(instance)}.{parameter} and changed from {Ms(moved.Value.Value)} to {Ms(afterValue)}",
                        $"The timer that supervised or delayed a safety function was replaced by {comparison.After.Display(instance)}, whose effective preset "
                        + "(after constants, function block parameter defaults and member assignments) is different in the unsafe direction; the value comes from the risk assessment.");
                }

                continue;
            }

            var safety = comparison.IsSafety(instance) || comparison.IsSafetyPou(pou) || cone.Contains(oldInstance);
            if (!safety || afterValue == old.Value)
            {
                continue;
            }

            var name = comparison.After.Display(instance);
            if (afterValue is null)
            {
                yield return Finding(location, $"{name}.{parameter} is no longer a constant (was {old.Value})",
                    $"The preset of the safety {(counter ? "counter" : "timer")} {name} used to be the constant {old.Value}; it is now computed at run time, so it can change without review.");
            }
            else if (counter)
            {
                yield return Finding(location, $"safety counter limit {name}.{parameter} changed from {old.Value} to {afterValue}",
                    $"{name} counts events in a safety function (trips, retries). Its limit is part of the validated function; any change needs a new validation.");
            }
            else if (monitoring && afterValue > old.Value)
            {
                yield return Finding(location, $"monitoring time {name}.{parameter} increased from {Ms(old.Value)} to {Ms(afterValue)}",
                    $"{name} supervises a safety function (discrepancy, contactor feedback, light-curtain muting limit or watchdog). A longer time lets a fault "
                    + "such as a welded contactor or a bridged channel go unnoticed for longer; the value comes from the risk assessment.");
            }
            else if (!monitoring && afterValue < old.Value)
            {
                yield return Finding(location, $"safety timer preset {name}.{parameter} reduced from {Ms(old.Value)} to {Ms(afterValue)}",
                    $"{name} is in the dependency cone of a safety output: it delays motion or a restart (start warning, run-out, restart delay). A "
                    + "shorter preset gives people less time to clear the danger zone; the value comes from the risk assessment.");
            }
        }
    }

    private SafetyFinding Finding(SourceRef location, string message, string explanation) =>
        new(Id, FindingSeverity.Error, location, message, explanation);

    private static string Ms(decimal? value) => value is null ? "?" : $"{value} ms";

    /// <summary>A vanished safety timer of the same kind whose value the new one changes in the unsafe direction.</summary>
    private static KeyValuePair<(string, string), (decimal? Value, SourceRef Location, string Type, PouSymbol Pou, string Text)>? Moved(
        List<KeyValuePair<(string, string), (decimal? Value, SourceRef Location, string Type, PouSymbol Pou, string Text)>> vanished, string parameter, bool monitoring, decimal? afterValue)
    {
        foreach (var old in vanished.Where(v => v.Key.Item2 == parameter && !StandardBlocks.IsCounter(v.Value.Type)))
        {
            var oldMonitoring = RuleKit.NameLike(old.Key.Item1.Split('.')[^1] + " " + parameter, MonitoringWords);
            if (oldMonitoring == monitoring && (afterValue is null || (monitoring ? afterValue > old.Value.Value : afterValue < old.Value.Value)))
            {
                return old;
            }
        }

        return null;
    }

    /// <summary>A program with something in a safety cone, or a function block with an instance in one.</summary>
    private static bool UsedInCone(SafetyComparison comparison, PouSymbol pou) => pou.Kind == PouKind.Program
        ? comparison.AfterCone.Paths.Any(p => p.StartsWith(pou.Name.ToLowerInvariant() + ".", StringComparison.Ordinal))
        : comparison.After.Model.AllVariables().Any(v => v.TypeName.Equals(pou.Name, StringComparison.OrdinalIgnoreCase) && comparison.InCone(v.QualifiedName));

    private static Dictionary<(string, string), (decimal? Value, SourceRef Location, string Type, PouSymbol Pou, string Text)> Presets(SiteAnalysis site)
    {
        var presets = new Dictionary<(string, string), (decimal?, SourceRef, string, PouSymbol, string)>();
        foreach (var pou in site.Model.Pous)
        {
            var scope = RuleKit.Scope(site, pou);
            // tmr.PT := T#5S outside the call: the preset the call uses when it passes none.
            foreach (var assignment in RuleKit.Nodes<StructuredText.Syntax.AssignmentStatementSyntax>(pou))
            {
                if (assignment.Left is StructuredText.Syntax.MemberAccessExpressionSyntax member && member.Member.Text.ToUpperInvariant() is "PT" or "PV"
                    && scope.PathOf(member.Expression) is { } owner && scope.TypeOf(member.Expression) is { } ownerType && StandardBlocks.IsStandard(ownerType))
                {
                    presets[(owner, member.Member.Text.ToUpperInvariant())] = (Effective(site, pou, assignment.Right, scope), SourceRef.Of(pou.File, assignment), ownerType, pou, assignment.Right.ToString().Trim());
                }
            }

            foreach (var (call, instance, type) in RuleKit.BlockCalls(site, pou))
            {
                var inputs = StandardBlocks.InputsOf(type);
                var index = 0;
                foreach (var argument in call.ArgumentList.Arguments)
                {
                    var parameter = argument.Name?.Text ?? (index < inputs.Count ? inputs[index] : string.Empty);
                    index++;
                    if (argument.Value is null || argument.OperatorToken is { Kind: StructuredText.Syntax.SyntaxKind.ArrowToken })
                    {
                        continue;
                    }

                    var isPreset = (StandardBlocks.IsStandard(type) && parameter.ToUpperInvariant() is "PT" or "PV")
                        || (!StandardBlocks.IsStandard(type) && (parameter.EndsWith("Time", StringComparison.OrdinalIgnoreCase) || parameter.EndsWith("Limit", StringComparison.OrdinalIgnoreCase)));
                    if (isPreset)
                    {
                        presets[(instance, parameter.ToUpperInvariant())] = (Effective(site, pou, argument.Value, scope), SourceRef.Of(pou.File, argument), type, pou, argument.Value.ToString().Trim());
                    }
                }
            }
        }

        return presets;
    }

    /// <summary>
    /// The value a preset expression has: constants folded; a function block's own input resolved to what its callers pass,
    /// or to the input's default where a caller passes nothing. Null when the callers disagree or pass a run-time value.
    /// </summary>
    private static decimal? Effective(SiteAnalysis site, PouSymbol pou, StructuredText.Syntax.ExpressionSyntax value, NameScope scope)
    {
        if (ConstantEvaluator.Evaluate(value, scope) is { } constant)
        {
            return constant;
        }

        if (pou.Kind != PouKind.FunctionBlock || value is not StructuredText.Syntax.IdentifierNameSyntax id || pou.Find(id.Identifier.Text) is not { Section: VarSection.Input } input)
        {
            return null;
        }

        var values = new List<decimal?>();
        foreach (var caller in site.Model.Pous)
        {
            foreach (var (call, _, type) in RuleKit.BlockCalls(site, caller).Where(c => c.Type.Equals(pou.Name, StringComparison.OrdinalIgnoreCase)))
            {
                var passed = call.ArgumentList.Arguments.FirstOrDefault(a => a.Name?.Text.Equals(input.Name, StringComparison.OrdinalIgnoreCase) == true);
                values.Add(passed?.Value is { } v ? ConstantEvaluator.Evaluate(v, RuleKit.Scope(site, caller))
                    : input.Initializer is { } init ? ConstantEvaluator.Evaluate(init, scope) : 0);
            }
        }

        return values.Count > 0 && values.All(v => v is not null && v == values[0]) ? values[0] : null;
    }
}
