using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;
using PlcFleet.Formats.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Formats.Projects;

/// <summary>Reads <c>plcfleet.yaml</c>; every problem is a diagnostic with the file, line and column.</summary>
public static partial class SiteSettingsReader
{
    /// <summary>Keys owned by other readers (the safety verifier) that this reader accepts without interpreting.</summary>
    private static readonly HashSet<string> ForeignKeys = new(StringComparer.Ordinal) { "safety" };

    public static SiteSettings Read(SourceText source, List<Diagnostic> diagnostics)
    {
        if (!YamlLoader.TryLoad(source.Text, out var stream, out var error))
        {
            diagnostics.Add(FormatDiagnostics.At(source, error.Index, FormatDiagnostics.InvalidYaml, $"invalid YAML: {error.Message}"));
            return SiteSettings.Default;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return SiteSettings.Default;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(FormatDiagnostics.At(source, stream.Documents[0].RootNode.Start, FormatDiagnostics.InvalidValue, "plcfleet.yaml must be a mapping of settings"));
            return SiteSettings.Default;
        }

        var plcFolders = new List<string>();
        var scenarioFolders = new List<string>();
        Dialect? defaultDialect = null;
        var folderDialects = new Dictionary<string, Dialect>(StringComparer.OrdinalIgnoreCase);
        var observe = new List<string>();
        var ignore = new List<string>();
        var libraries = new List<string>();

        foreach (var (keyNode, value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                diagnostics.Add(FormatDiagnostics.At(source, keyNode.Start, FormatDiagnostics.UnknownKey, "setting names are plain words, e.g. 'plc_folders'"));
                continue;
            }

            switch (key)
            {
                case "plc_folders":
                    plcFolders.AddRange(ReadStrings(source, value, key, diagnostics));
                    break;
                case "scenarios":
                    scenarioFolders.AddRange(ReadStrings(source, value, key, diagnostics));
                    break;
                case "dialect":
                    defaultDialect = ReadDialect(source, value, diagnostics);
                    break;
                case "dialects":
                    if (value is YamlMappingNode map)
                    {
                        foreach (var (folderNode, dialectNode) in map.Children)
                        {
                            if (folderNode is not YamlScalarNode { Value: { } folder })
                            {
                                diagnostics.Add(FormatDiagnostics.At(source, folderNode.Start, FormatDiagnostics.InvalidValue, "each key of 'dialects' is a folder name, not a list or a mapping"));
                            }
                            else if (ReadDialect(source, dialectNode, diagnostics) is { } dialect)
                            {
                                folderDialects[folder] = dialect;
                            }
                        }
                    }
                    else
                    {
                        diagnostics.Add(FormatDiagnostics.At(source, value.Start, FormatDiagnostics.InvalidValue, "'dialects' must map folders to dialects, e.g. 'src/legacy: iec'"));
                    }

                    break;
                case "equivalence":
                    ReadEquivalence(source, value, observe, ignore, diagnostics);
                    break;
                case "libraries":
                    ReadLibraries(source, value, libraries, diagnostics);
                    break;
                default:
                    if (!ForeignKeys.Contains(key))
                    {
                        diagnostics.Add(FormatDiagnostics.At(source, keyNode.Start, FormatDiagnostics.UnknownKey,
                            $"unknown setting '{key}'; known settings are plc_folders, dialect, dialects, scenarios, libraries, equivalence, safety"));
                    }

                    break;
            }
        }

        return new SiteSettings(plcFolders, defaultDialect, folderDialects, scenarioFolders) { EquivalenceObserve = observe, EquivalenceIgnore = ignore, Libraries = libraries };
    }

    /// <summary><c>libraries: [Tc2_System, Util]</c>: library names as the vendor tool spells them, each checked where it stands.</summary>
    private static void ReadLibraries(SourceText source, YamlNode node, List<string> libraries, List<Diagnostic> diagnostics)
    {
        IEnumerable<YamlNode> entries = node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            YamlScalarNode { Value: { Length: > 0 } } => [node],
            _ => [],
        };
        if (node is not (YamlSequenceNode or YamlScalarNode { Value.Length: > 0 }))
        {
            diagnostics.Add(FormatDiagnostics.At(source, node.Start, FormatDiagnostics.InvalidValue, "'libraries' must be a list of library names, e.g. [Tc2_Standard, Tc2_System]"));
        }

        foreach (var entry in entries)
        {
            var name = (entry as YamlScalarNode)?.Value?.Trim();
            if (name is null)
            {
                diagnostics.Add(FormatDiagnostics.At(source, entry.Start, FormatDiagnostics.InvalidValue,
                    $"each entry of 'libraries' is a library name, not a {(entry is YamlMappingNode ? "mapping" : "list")}"));
            }
            else if (!LibraryName().IsMatch(name))
            {
                diagnostics.Add(FormatDiagnostics.At(source, entry.Start, FormatDiagnostics.InvalidValue,
                    $"'{name}' is not a library name: use the name the vendor tool shows (letters, digits, '_', '.', '-', or an AX package such as @ax/system-math), e.g. Tc2_System"));
            }
            else if (!libraries.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                libraries.Add(name);
            }
        }
    }

    /// <summary><c>equivalence: { observe: [signals], ignore: [signals] }</c>.</summary>
    private static void ReadEquivalence(SourceText source, YamlNode node, List<string> observe, List<string> ignore, List<Diagnostic> diagnostics)
    {
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(FormatDiagnostics.At(source, node.Start, FormatDiagnostics.InvalidValue, "'equivalence' must be a mapping with 'observe' and/or 'ignore', each a list of signals"));
            return;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var target = key switch { "observe" => observe, "ignore" => ignore, _ => null };
            if (target is null)
            {
                diagnostics.Add(FormatDiagnostics.At(source, keyNode.Start, FormatDiagnostics.UnknownKey, $"unknown equivalence setting '{key}'; use 'observe' or 'ignore'"));
                continue;
            }

            if (value is YamlScalarNode { Value: { Length: > 0 } one })
            {
                target.Add(one);
            }
            else if (value is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
            {
                target.AddRange(sequence.Children.Select(c => ((YamlScalarNode)c).Value!));
            }
            else
            {
                diagnostics.Add(FormatDiagnostics.At(source, value.Start, FormatDiagnostics.InvalidValue, $"'equivalence: {key}' must be a signal name or a list of signal names"));
            }
        }
    }

    private static IEnumerable<string> ReadStrings(SourceText source, YamlNode node, string key, List<Diagnostic> diagnostics)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } single }:
                return [single];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                return sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList();
            default:
                diagnostics.Add(FormatDiagnostics.At(source, node.Start, FormatDiagnostics.InvalidValue, $"'{key}' must be a folder or a list of folders"));
                return [];
        }
    }

    private static Dialect? ReadDialect(SourceText source, YamlNode node, List<Diagnostic> diagnostics)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (DialectNames.TryParse(text, out var dialect))
        {
            return dialect;
        }

        diagnostics.Add(FormatDiagnostics.At(source, node.Start, FormatDiagnostics.InvalidValue,
            $"unknown dialect '{text}'; use one of {string.Join(", ", DialectNames.All)}"));
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^@?[\p{L}_][\p{L}\p{Nd}_.\-/]*$")]
    private static partial System.Text.RegularExpressions.Regex LibraryName();
}
