using System.Diagnostics.CodeAnalysis;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Projects;

/// <summary>The dialect names users write in YAML files.</summary>
public static class DialectNames
{
    private static readonly Dictionary<string, Dialect> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["codesys"] = Dialect.Codesys,
        ["twincat"] = Dialect.Codesys,
        ["iec"] = Dialect.Iec,
        ["scl"] = Dialect.Scl,
        ["siemens"] = Dialect.Scl,
    };

    public static IReadOnlyList<string> All { get; } = ["codesys", "twincat", "iec", "scl"];

    public static bool TryParse([NotNullWhen(true)] string? name, out Dialect dialect)
    {
        dialect = default;
        return name is not null && ByName.TryGetValue(name, out dialect);
    }
}
