using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Semantics.Libraries;

/// <summary>
/// The library declaration files PlcFleet ships (embedded <c>Declarations/*.st</c>, plain ST: interfaces only, no
/// code). A file's name is the library's name; a first-line comment <c>(* aliases: A, B *)</c> gives other names the
/// vendor tools use for it, and <c>(* implicit *)</c> marks a library every project has without declaring it.
/// </summary>
public static partial class LibraryCatalog
{
    private const string ResourcePrefix = "PlcFleet.Libraries.";

    private static readonly Lazy<FrozenDictionary<string, ShippedLibrary>> ByName = new(Load);

    private static readonly Lazy<FrozenDictionary<string, string>> NameIndex = new(IndexNames);

    /// <summary>Every shipped library (by its main name).</summary>
    public static IEnumerable<ShippedLibrary> All => ByName.Value.Values.Distinct().OrderBy(l => l.Name, StringComparer.Ordinal);

    /// <summary>The shipped library for a declared name or alias (case-insensitive); null when PlcFleet ships none.</summary>
    public static ShippedLibrary? Find(string name) => ByName.Value.GetValueOrDefault(name.Trim());

    /// <summary>The shipped library that declares a POU, type or global of this name, for hints on undeclared names.</summary>
    public static string? LibraryDeclaring(string name) => NameIndex.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, ShippedLibrary> Load()
    {
        var assembly = typeof(LibraryCatalog).Assembly;
        var byName = new Dictionary<string, ShippedLibrary>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var file = resource[ResourcePrefix.Length..];
            var name = Path.GetFileNameWithoutExtension(file);
            var text = Read(assembly, resource);
            var header = Header().Match(text);
            var aliases = Aliases().Match(header.Value) is { Success: true } found
                ? found.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            var dialect = file.EndsWith(".scl", StringComparison.OrdinalIgnoreCase) ? Dialect.Scl : Dialect.Codesys;
            var library = new ShippedLibrary(name, aliases, header.Value.Contains("implicit", StringComparison.OrdinalIgnoreCase),
                new Lazy<SyntaxTree>(() => SyntaxTree.Parse(new SourceText(text, $"library {name}"), dialect)));
            foreach (var key in aliases.Prepend(name))
            {
                byName.TryAdd(key, library);
            }
        }

        return byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, string> IndexNames()
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in All)
        {
            foreach (var name in library.DeclaredNames())
            {
                index.TryAdd(name, library.Name);
            }
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\A\(\*[^\n]*\*\)")]
    private static partial Regex Header();

    [GeneratedRegex(@"aliases:\s*([^;*]*)")]
    private static partial Regex Aliases();
}
