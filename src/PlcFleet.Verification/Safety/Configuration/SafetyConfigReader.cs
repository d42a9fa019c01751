using PlcFleet.Formats.Workspaces;
using PlcFleet.Formats.Yaml;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.Verification.Safety.Analysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>
/// Reads the <c>safety:</c> key of a site's <c>plcfleet.yaml</c>. Mistakes are reported as problems with
/// file:line:col (a misspelt key must not silently switch a safety marking off); the rest of the file is not ours.
/// </summary>
public static class SafetyConfigReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "variables", "pous", "types", "pragma", "outputs", "untrusted", "certified", "indications", "resets", "channel_pairs" };

    public static SafetyConfig Read(string siteRoot, List<ConfigProblem> problems)
    {
        var site = new WorkspaceRoot(siteRoot);
        if (FileKinds.Of(Path.Combine(site.Root, "plcfleet.yaml")) == FileKind.Missing)
        {
            return SafetyConfig.Default;
        }

        var read = site.ReadText("plcfleet.yaml");
        if (!read.IsRead)
        {
            problems.Add(new ConfigProblem(new SourceRef("plcfleet.yaml", 0, 0), read.Error!));
            return SafetyConfig.Default;
        }

        return Parse(read.Text!, "plcfleet.yaml", problems);
    }

    public static SafetyConfig Parse(string yaml, string file, List<ConfigProblem> problems)
    {
        if (!YamlLoader.TryLoad(yaml, out var stream, out var error))
        {
            problems.Add(new ConfigProblem(new SourceRef(file, error.Line, error.Column), "plcfleet.yaml is not valid YAML: " + error.Message));
            return SafetyConfig.Default;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("safety"), out var node))
        {
            return SafetyConfig.Default;
        }

        if (node is not YamlMappingNode safety)
        {
            problems.Add(Problem(file, node, "'safety' must be a mapping (variables, pous, types, pragma, outputs, untrusted, certified, indications, resets, channel_pairs)"));
            return SafetyConfig.Default;
        }

        var config = SafetyConfig.Default with { Origin = file };
        foreach (var (keyNode, value) in safety.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            switch (key)
            {
                case "variables":
                    config = config with { Variables = Patterns(file, value, problems) };
                    break;
                case "pous":
                    config = config with { Pous = Patterns(file, value, problems) };
                    break;
                case "types":
                    config = config with { Types = config.Types.Concat(Patterns(file, value, problems)).ToList() };
                    break;
                case "outputs":
                    config = config with { Outputs = Patterns(file, value, problems) };
                    break;
                case "untrusted":
                    config = config with { Untrusted = config.Untrusted.Concat(Patterns(file, value, problems)).ToList() };
                    break;
                case "pragma" when value is YamlScalarNode { Value: { } pragma }:
                    config = config with { Pragma = pragma };
                    break;
                case "certified":
                    config = config with { Certified = Certified(file, value, problems) };
                    break;
                case "indications":
                    config = config with { Indications = Patterns(file, value, problems) };
                    break;
                case "resets":
                    config = config with { Resets = Patterns(file, value, problems) };
                    break;
                case "channel_pairs":
                    config = config with { ChannelPairs = ChannelPairs(file, value, problems) };
                    break;
                default:
                    problems.Add(Problem(file, keyNode, Keys.Contains(key)
                        ? $"'safety.{key}' has the wrong shape"
                        : $"unknown key 'safety.{key}' (expected one of: {string.Join(", ", Keys.Order(StringComparer.Ordinal))})"));
                    break;
            }
        }

        return config;
    }

    private static List<NamePattern> Patterns(string file, YamlNode node, List<ConfigProblem> problems)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [new NamePattern(single)];
        }

        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(file, node, "expected a list of names or patterns"));
            return [];
        }

        var patterns = new List<NamePattern>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text })
            {
                patterns.Add(new NamePattern(text));
            }
            else
            {
                problems.Add(Problem(file, item, "expected a name or pattern"));
            }
        }

        return patterns;
    }

    private static List<CertifiedUnit> Certified(string file, YamlNode node, List<ConfigProblem> problems)
    {
        var units = new List<CertifiedUnit>();
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(file, node, "'safety.certified' must be a list of { path, sha256 } or { pou }"));
            return units;
        }

        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode map)
            {
                problems.Add(Problem(file, item, "expected { path: ..., sha256: ... } or { pou: ... }"));
                continue;
            }

            string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
            var path = Get("path");
            var sha = Get("sha256");
            var pou = Get("pou");
            if (path is null && pou is null)
            {
                problems.Add(Problem(file, item, "a certified entry needs 'path' (with 'sha256') or 'pou'"));
                continue;
            }

            units.Add(new CertifiedUnit(path, sha, pou, $"{file}:{item.Start.Line}"));
        }

        return units;
    }

    /// <summary>A list of two-name lists: <c>[["B1_I", "B2_I"], ["S7_I", "S8_I"]]</c>. Exact names, no patterns: a pair is one device.</summary>
    private static List<ChannelPair> ChannelPairs(string file, YamlNode node, List<ConfigProblem> problems)
    {
        var pairs = new List<ChannelPair>();
        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(file, node, "'safety.channel_pairs' must be a list of pairs, e.g. [[\"B1_I\", \"B2_I\"]]"));
            return pairs;
        }

        foreach (var item in sequence)
        {
            var names = item is YamlSequenceNode pair
                ? pair.Children.Select(n => (n as YamlScalarNode)?.Value).ToList()
                : [];
            if (names.Count != 2 || names.Any(string.IsNullOrWhiteSpace) || string.Equals(names[0], names[1], StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(file, item, item is YamlSequenceNode
                    ? $"a channel pair needs exactly two different input names, got {(names.Count == 2 ? "the same name twice" : names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}"
                    : "a channel pair must be a list of two input names, e.g. [\"B1_I\", \"B2_I\"]"));
                continue;
            }

            pairs.Add(new ChannelPair(names[0]!, names[1]!, $"{file}:{item.Start.Line}"));
        }

        return pairs;
    }

    private static ConfigProblem Problem(string file, YamlNode node, string message) =>
        new(new SourceRef(file, (int)node.Start.Line, (int)node.Start.Column), message);
}

/// <summary>A mistake in the safety configuration.</summary>
public sealed record ConfigProblem(SourceRef Location, string Message);
