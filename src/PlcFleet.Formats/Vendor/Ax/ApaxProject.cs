using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Yaml;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Formats.Vendor.Ax;

/// <summary>
/// A SIMATIC AX <c>apax.yml</c>: the packages its <c>dependencies</c> and <c>devDependencies</c> name
/// (<c>@ax/system-math</c>, <c>@ax/sdk</c>) are the libraries the project's ST code uses.
/// </summary>
public static class ApaxProject
{
    public const string FileName = "apax.yml";

    public static IReadOnlyList<string> Dependencies(SourceText source, List<Diagnostic> diagnostics)
    {
        if (!YamlLoader.TryLoad(source.Text, out var stream, out var error))
        {
            diagnostics.Add(FormatDiagnostics.At(source, error.Index, FormatDiagnostics.InvalidYaml, $"invalid YAML: {error.Message}"));
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return [];
        }

        return [.. root.Children
            .Where(entry => entry.Key is YamlScalarNode { Value: "dependencies" or "devDependencies" })
            .SelectMany(entry => entry.Value is YamlMappingNode packages ? packages.Children.Keys : [])
            .OfType<YamlScalarNode>()
            .Select(package => package.Value)
            .OfType<string>()];
    }
}
