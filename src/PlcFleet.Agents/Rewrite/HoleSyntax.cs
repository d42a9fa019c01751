using System.Text.RegularExpressions;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// The <c>:[name]</c> hole notation. Holes become placeholder identifiers (<c>__hole_name</c>) so a template parses
/// with the ordinary ST parser; the prefix is one no plant programmer uses.
/// </summary>
public static partial class HoleSyntax
{
    public const string PlaceholderPrefix = "__hole_";

    public static IReadOnlyList<string> Names(string template) =>
        HolePattern().Matches(template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Turns holes into placeholders; a hole alone on its line is a statement and gets its semicolon.</summary>
    public static string ToPlaceholders(string template)
    {
        var statements = LoneHolePattern().Replace(template, m => $"{m.Groups["indent"].Value}{PlaceholderPrefix}{m.Groups["name"].Value};");
        return HolePattern().Replace(statements, m => PlaceholderPrefix + m.Groups["name"].Value);
    }

    public static bool IsPlaceholder(string identifier, out string name)
    {
        var isHole = identifier.StartsWith(PlaceholderPrefix, StringComparison.Ordinal) && identifier.Length > PlaceholderPrefix.Length;
        name = isHole ? identifier[PlaceholderPrefix.Length..] : "";
        return isHole;
    }

    /// <summary>Fills the holes of a replace template with the bound code.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> bindings) =>
        HolePattern().Replace(template, m => bindings[m.Groups["name"].Value]);

    [GeneratedRegex(@":\[(?<name>[A-Za-z_][A-Za-z0-9_]*)\]")]
    private static partial Regex HolePattern();

    [GeneratedRegex(@"^(?<indent>[ \t]*):\[(?<name>[A-Za-z_][A-Za-z0-9_]*)\][ \t]*$", RegexOptions.Multiline)]
    private static partial Regex LoneHolePattern();
}
