using System.Text.RegularExpressions;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Migrations.Preconditions;
using PlcFleet.Fleet.Yaml;
using PlcFleet.StructuredText.Text;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Fleet.Migrations;

/// <summary>Reads the <c>preconditions:</c> list: each item is a one-key mapping such as <c>firmware: "&gt;= 3.5"</c>.</summary>
internal static class PreconditionReader
{
    public static readonly string[] Kinds =
        ["dialect", "vendor", "firmware", "code_contains", "code_not_contains", "not_certified", "line_status", "tags_any", "tags_all"];

    // Regexes run over whole repositories; a timeout keeps a pathological pattern from hanging a plan.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    public static List<Precondition> Read(IReadOnlyList<YamlNode> items, YamlProblems problems)
    {
        var preconditions = new List<Precondition>();
        foreach (var item in items)
        {
            if (item is not YamlMappingNode { Children.Count: 1 } mapping)
            {
                problems.Report(item, $"precondition: each item must be one 'kind: value' pair; kinds: {string.Join(", ", Kinds)}");
                continue;
            }

            var map = YamlMap.From(mapping, problems, "precondition", Kinds);
            if (map is null || map.Node.Children.Count == 0)
            {
                continue;
            }

            var kind = ((YamlScalarNode)mapping.Children.Keys.First()).Value!;
            if (!Kinds.Contains(kind))
            {
                continue;
            }

            var position = new LinePosition((int)item.Start.Line + problems.LineOffset, (int)item.Start.Column);
            var precondition = ReadOne(kind, map, position, problems);
            if (precondition is not null)
            {
                preconditions.Add(precondition);
            }
        }

        return preconditions;
    }

    private static Precondition? ReadOne(string kind, YamlMap map, LinePosition position, YamlProblems problems)
    {
        var value = map.Value(kind)!;
        switch (kind)
        {
            case "dialect":
                return EnumList(map, kind, problems, DialectName.Parse) is { } dialects ? new DialectPrecondition(position, dialects) : null;
            case "vendor":
                return EnumList<Vendor>(map, kind, problems) is { } vendors ? new VendorPrecondition(position, vendors) : null;
            case "line_status":
                return EnumList<LineStatus>(map, kind, problems) is { } statuses ? new LineStatusPrecondition(position, statuses) : null;
            case "tags_any" or "tags_all":
                var tags = map.Strings(kind).Select(t => t.Value!.Trim()).ToList();
                if (tags.Count == 0)
                {
                    problems.Report(value, $"precondition {kind}: list at least one tag");
                    return null;
                }

                return new TagsPrecondition(position, tags, kind == "tags_all");
            case "firmware":
                var text = map.String(kind);
                if (text is null)
                {
                    return null;
                }

                if (VersionConstraint.TryParseAll(text, out var constraints, out var error))
                {
                    return new FirmwarePrecondition(position, constraints);
                }

                problems.Report(value, $"precondition firmware: {error}");
                return null;
            case "not_certified":
                var flag = map.Bool(kind);
                if (flag == false)
                {
                    problems.Report(value, "precondition not_certified: only 'true' has a meaning; remove the line to allow certified files");
                }

                return flag == true ? new NotCertifiedPrecondition(position) : null;
            default:
                var pattern = map.String(kind);
                return pattern is null ? null : Regex(pattern, value, kind, problems) is { } regex
                    ? new CodePrecondition(position, regex, kind == "code_contains") : null;
        }
    }

    public static Regex? Regex(string pattern, YamlNode node, string kind, YamlProblems problems)
    {
        try
        {
            return new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            problems.Report(node, $"{kind}: invalid .NET regular expression: {e.Message}");
            return null;
        }
    }

    private static List<T>? EnumList<T>(YamlMap map, string kind, YamlProblems problems, Func<YamlScalarNode, YamlProblems, string, T?>? parse = null)
        where T : struct, Enum
    {
        parse ??= YamlEnum.Parse<T>;
        var nodes = map.Strings(kind);
        if (nodes.Count == 0)
        {
            problems.Report(map.Value(kind)!, $"precondition {kind}: list at least one value");
            return null;
        }

        var values = nodes.Select(node => parse(node, problems, $"precondition {kind}")).OfType<T>().ToList();
        return values.Count == nodes.Count ? values : null;
    }
}
