using YamlDotNet.RepresentationModel;

namespace PlcFleet.Fleet.Yaml;

/// <summary>
/// Reads snake_case YAML names into enums (<c>line_status: maintenance</c>), listing the allowed values when a
/// name is unknown, because a typo in a fleet file should be fixed in one go.
/// </summary>
internal static class YamlEnum
{
    public static string ToYamlName<T>(T value)
        where T : struct, Enum => ToSnakeCase(value.ToString());

    public static IReadOnlyList<string> Names<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(v => ToYamlName(v)).ToList();

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(ToYamlName(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static T? Parse<T>(YamlScalarNode node, YamlProblems problems, string what)
        where T : struct, Enum
    {
        if (TryParse<T>(node.Value, out var value))
        {
            return value;
        }

        problems.Report(node, $"{what}: unknown value '{node.Value}'; allowed: {string.Join(", ", Names<T>())}");
        return null;
    }

    private static string ToSnakeCase(string name)
    {
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Add('_');
            }

            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string([.. chars]);
    }
}
