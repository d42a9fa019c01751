using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Fleet.Yaml;

/// <summary>
/// Typed, position-aware reading of one YAML mapping: unknown keys, missing keys and wrong types are reported
/// at the node they concern, and reading goes on so the user sees every mistake at once.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly YamlProblems _problems;

    private YamlMap(YamlMappingNode node, YamlProblems problems, string what, IReadOnlyCollection<string> allowedKeys)
    {
        Node = node;
        _problems = problems;
        What = what;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalarKey)
            {
                problems.Report(key, $"{what}: keys must be plain names");
                continue;
            }

            if (!allowedKeys.Contains(name))
            {
                problems.Report(key, $"{what}: unknown key '{name}'; allowed keys: {string.Join(", ", allowedKeys)}");
                continue;
            }

            _entries[name] = (scalarKey, value);
        }
    }

    public YamlMappingNode Node { get; }

    public string What { get; }

    /// <summary>Reads <paramref name="node"/> as a mapping, or reports that it is not one and returns null.</summary>
    public static YamlMap? From(YamlNode? node, YamlProblems problems, string what, IReadOnlyCollection<string> allowedKeys)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, problems, what, allowedKeys);
        }

        if (node is not null)
        {
            problems.Report(node, $"{what}: expected a mapping of keys to values");
        }

        return null;
    }

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Value(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YamlNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    public string? String(string key, bool required = false)
    {
        var value = Value(key);
        if (value is null)
        {
            if (required)
            {
                _problems.Report(Node, $"{What}: missing required key '{key}'");
            }

            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            var text = scalar.Value ?? string.Empty;
            if (required && text.Trim().Length == 0)
            {
                _problems.Report(value, $"{What}: '{key}' must not be empty");
                return null;
            }

            return text;
        }

        _problems.Report(value, $"{What}: '{key}' must be a single value");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                _problems.Report(Value(key)!, $"{What}: '{key}' must be true or false, not '{text}'");
                return null;
        }
    }

    public int? Int(string key, int minimum = int.MinValue)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        var bound = minimum == int.MinValue ? "an integer" : $"an integer >= {minimum}";
        _problems.Report(Value(key)!, $"{What}: '{key}' must be {bound}, not '{text}'");
        return null;
    }

    public decimal? Decimal(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        _problems.Report(Value(key)!, $"{What}: '{key}' must be a non-negative number, not '{text}'");
        return null;
    }

    /// <summary>The items of a sequence; a single scalar is accepted as a one-item list (<c>tags: packaging</c>).</summary>
    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        var value = Value(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    _problems.Report(Node, $"{What}: missing required key '{key}'");
                }

                return [];
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            case YamlScalarNode { Value: null or "" or "~" }:
                return [];
            case YamlScalarNode scalar:
                return [scalar];
            default:
                _problems.Report(value, $"{What}: '{key}' must be a list");
                return [];
        }
    }

    /// <summary>A list of plain strings (tags, globs, enum names); non-scalar items are reported.</summary>
    public IReadOnlyList<YamlScalarNode> Strings(string key)
    {
        var items = new List<YamlScalarNode>();
        foreach (var item in Sequence(key))
        {
            if (item is YamlScalarNode { Value: not null } scalar)
            {
                items.Add(scalar);
            }
            else
            {
                _problems.Report(item, $"{What}: '{key}' items must be single values");
            }
        }

        return items;
    }
}
