using PlcFleet.Formats.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Verification.Scope;

/// <summary>
/// The promises a scenario test makes: every step, expectation and invariant, each as a canonical string of its YAML
/// structure with the path to it. Comparing these (not the text) tells reformatting apart from weakening.
/// </summary>
public static class ScenarioObligations
{
    private static readonly HashSet<string> ObligationKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "steps", "step", "expect", "expects", "expected", "expectations", "invariant", "invariants", "assert", "asserts", "checks",
    };

    /// <summary>Null when the text is not valid YAML.</summary>
    public static IReadOnlyList<string>? Extract(string yaml)
    {
        if (!YamlLoader.TryLoad(yaml, out var stream, out _))
        {
            return null;
        }

        var obligations = new List<string>();
        foreach (var document in stream.Documents)
        {
            Walk(document.RootNode, "", obligations);
        }

        return obligations;
    }

    /// <summary>Obligations in the baseline that the new version no longer has (a multiset difference).</summary>
    public static IReadOnlyList<string> Removed(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var remaining = after.GroupBy(o => o, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var removed = new List<string>();
        foreach (var obligation in before)
        {
            if (remaining.TryGetValue(obligation, out var count) && count > 0)
            {
                remaining[obligation] = count - 1;
            }
            else
            {
                removed.Add(obligation);
            }
        }

        return removed;
    }

    private static void Walk(YamlNode node, string path, List<string> obligations)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = keyNode is YamlScalarNode s ? s.Value ?? "" : Canonical(keyNode);
                    var childPath = path.Length == 0 ? key : $"{path}.{key}";
                    if (ObligationKeys.Contains(key))
                    {
                        AddObligations(value, childPath, obligations);
                    }

                    Walk(value, childPath, obligations);
                }

                break;
            case YamlSequenceNode sequence:
                // Items are identified by content, not index: reordering a list is not weakening it.
                foreach (var item in sequence.Children)
                {
                    Walk(item, $"{path}[]", obligations);
                }

                break;
        }
    }

    private static void AddObligations(YamlNode value, string path, List<string> obligations)
    {
        switch (value)
        {
            case YamlSequenceNode sequence:
                obligations.AddRange(sequence.Children.Select(item => $"{path}: {Canonical(item)}"));
                break;
            case YamlMappingNode mapping:
                obligations.AddRange(mapping.Children.Select(kv => $"{path}.{Canonical(kv.Key)}: {Canonical(kv.Value)}"));
                break;
            default:
                obligations.Add($"{path}: {Canonical(value)}");
                break;
        }
    }

    private static string Canonical(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "~",
        YamlSequenceNode sequence => "[" + string.Join(", ", sequence.Children.Select(Canonical)) + "]",
        YamlMappingNode mapping => "{" + string.Join(", ", mapping.Children
            .Select(kv => $"{Canonical(kv.Key)}: {Canonical(kv.Value)}")
            .Order(StringComparer.Ordinal)) + "}",
        _ => node.ToString(),
    };
}
