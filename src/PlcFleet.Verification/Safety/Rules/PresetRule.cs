using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF007: a safety timer's preset reduced (delays before motion, restart delays), a monitoring time increased
/// (discrepancy, feedback, muting limits, watchdogs) or a safety counter's limit changed, also via CONSTANTs.
/// </summary>
public sealed class PresetRule : ISafetyRule
{
    private static readonly string[] MonitoringWords = ["discrep", "feedback", "monitor", "watchdog", "timeout", "max", "limit", "sync", "supervis"];

    public string Id => "SAF007";

    public string Title => "safety timer or counter preset changed";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var cone = RuleKit.BeforeConeLeaves(comparison);
        var before = Presets(comparison.Before);
        foreach (var ((instance, parameter), (afterValue, location, type, pou)) in Presets(comparison.After))
        {
            var oldInstance = comparison.FormulaRename(instance);
            if (!before.TryGetValue((oldInstance, parameter), out var old) || old.Value is null)
            {
                continue;
            }

            var safety = comparison.IsSafety(instance) || comparison.IsSafetyPou(pou) || RuleKit.InCone(cone, oldInstance);
            if (!safety || afterValue == old.Value)
            {
                continue;
            }

            var name = comparison.After.Display(instance);
            var counter = StandardBlocks.IsCounter(type);
            var monitoring = RuleKit.NameLike(instance.Split('.')[^1] + " " + parameter, MonitoringWords);
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
                    $"{name} supervises a safety function (discrepancy, contactor feedback, muting duration or watchdog). A longer time lets a fault "
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

    private static Dictionary<(string, string), (decimal? Value, SourceRef Location, string Type, PouSymbol Pou)> Presets(SiteAnalysis site)
    {
        var presets = new Dictionary<(string, string), (decimal?, SourceRef, string, PouSymbol)>();
        foreach (var pou in site.Model.Pous)
        {
            var scope = RuleKit.Scope(site, pou);
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
                        presets[(instance, parameter.ToUpperInvariant())] = (ConstantEvaluator.Evaluate(argument.Value, scope), SourceRef.Of(pou.File, argument), type, pou);
                    }
                }
            }
        }

        return presets;
    }
}
