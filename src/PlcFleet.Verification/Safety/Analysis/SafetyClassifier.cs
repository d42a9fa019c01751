using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Configuration;
using PlcFleet.Verification.Safety.Logic;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Applies a site's safety configuration to its code: which variables, POUs and outputs are safety-related, and why.
/// Outputs not listed are inferred: an output (AT %Q, or a PROGRAM's VAR_OUTPUT) whose end-of-scan value depends on
/// a safety variable is a safety output.
/// </summary>
public static class SafetyClassifier
{
    public static SafetySet Classify(ProjectModel model, SafetyConfig config, ScanExecutor.ScanResult scan)
    {
        var set = new SafetySet();
        foreach (var pou in model.Pous)
        {
            var rootName = pou.Name.Split('.')[0];
            if (config.Pous.FirstOrDefault(p => p.Matches(pou.Name) || p.Matches(rootName)) is { } pattern)
            {
                set.Pous[pou.Name] = new Recognised(pou.Name, $"POU listed in safety.pous ('{pattern}', {config.Origin})", pou.Location);
            }
            else if (HasPragma(pou.Pragmas, config))
            {
                set.Pous[pou.Name] = new Recognised(pou.Name, $"POU marked {config.Pragma}", pou.Location);
            }
            else if (config.Types.FirstOrDefault(t => t.Matches(pou.Name)) is { } type)
            {
                set.Pous[pou.Name] = new Recognised(pou.Name, $"safety function block type ('{type}')", pou.Location);
            }
        }

        foreach (var variable in model.AllVariables())
        {
            if (Reason(variable, config) is { } reason)
            {
                set.Variables[variable.QualifiedName] = new Recognised(variable.DisplayName, reason, variable.Location);
            }

            if (UntrustedReason(variable, config) is { } untrusted)
            {
                set.Untrusted[variable.QualifiedName] = new Recognised(variable.DisplayName, untrusted, variable.Location);
            }
        }

        foreach (var candidate in OutputCandidates(model))
        {
            if (config.Outputs.FirstOrDefault(p => p.Matches(candidate.Name)) is { } listed)
            {
                set.Outputs[candidate.QualifiedName] = new Recognised(candidate.DisplayName, $"listed in safety.outputs ('{listed}')", candidate.Location);
                continue;
            }

            if (config.Outputs.Count > 0)
            {
                continue;
            }

            var cone = FormulaLeaves.Of(scan.ValueOf(candidate.QualifiedName, candidate.IsBool));
            var driver = cone.Where(leaf => leaf != candidate.QualifiedName && set.IsSafety(leaf)).Order(StringComparer.Ordinal).FirstOrDefault();
            if (candidate.IsBool && driver is not null)
            {
                set.Outputs[candidate.QualifiedName] = new Recognised(candidate.DisplayName,
                    $"output ({candidate.Address ?? "VAR_OUTPUT"}) whose dependency cone contains the safety signal {Display(model, driver)}", candidate.Location);
            }
            else if (candidate.IsBool && candidate.IsOutputAddress && config.Roles.WarningReason(candidate.Name) is { } warning)
            {
                set.Outputs[candidate.QualifiedName] = new Recognised(candidate.DisplayName,
                    $"warning device on {candidate.Address} ({warning}): people rely on it before the machine moves", candidate.Location);
            }
            else if (candidate.IsBool && candidate.IsOutputAddress && !config.Roles.IsIndication(candidate.Name))
            {
                // Unknown is not safe: a contactor or valve nobody declared may still be what stops the machine.
                set.Outputs[candidate.QualifiedName] = new Recognised(candidate.DisplayName,
                    $"actuator output on {candidate.Address} whose role is not known (not an indication): treated as safety-related", candidate.Location);
            }
        }

        return set;
    }

    /// <summary>Outputs of the machine: globals bound to %Q, and the VAR_OUTPUTs of programs.</summary>
    public static IEnumerable<VariableSymbol> OutputCandidates(ProjectModel model) =>
        model.Globals.Where(g => g.IsOutputAddress)
            .Concat(model.Pous.Where(p => p.Kind == PouKind.Program).SelectMany(p => p.Variables.Where(v => v.Section == VarSection.Output || v.IsOutputAddress)));

    public static string Display(ProjectModel model, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return path;
        }

        var owner = path[..dot];
        var rest = path[(dot + 1)..];
        var root = rest.Split('.', '[', '@')[0];
        var symbol = owner == "global" ? model.FindGlobal(root) : model.FindPou(owner)?.Find(root);
        var spelled = symbol is null ? rest : symbol.Name + rest[root.Length..];
        return owner == "global" ? spelled : (model.FindPou(owner)?.Name ?? owner) + "." + spelled;
    }

    private static string? Reason(VariableSymbol variable, SafetyConfig config)
    {
        if (config.Variables.FirstOrDefault(p => p.Matches(variable.Name)) is { } pattern)
        {
            return $"name matches '{pattern}' ({config.Origin})";
        }

        if (HasPragma(variable.Pragmas, config))
        {
            return $"declared with {config.Pragma}";
        }

        if (config.Types.FirstOrDefault(t => t.Matches(variable.TypeName)) is { } type)
        {
            return $"instance of the safety type {variable.TypeName} ('{type}')";
        }

        return null;
    }

    private static string? UntrustedReason(VariableSymbol variable, SafetyConfig config)
    {
        if (config.Untrusted.FirstOrDefault(p => p.Matches(variable.Name)) is { } pattern)
        {
            return $"writable from outside the safety set (name matches '{pattern}')";
        }

        return variable.Pragmas.Any(p => p.Content.Contains("OPC.UA", StringComparison.OrdinalIgnoreCase))
            ? "published for writing over OPC UA (pragma)"
            : null;
    }

    private static bool HasPragma(IReadOnlyList<SyntaxPragma> pragmas, SafetyConfig config) =>
        pragmas.Any(p => (p.IsAttribute && string.Equals(p.Name, config.PragmaName, StringComparison.OrdinalIgnoreCase))
                         || string.Equals(p.Text.Trim(), config.Pragma.Trim(), StringComparison.OrdinalIgnoreCase));
}
