using YamlDotNet.RepresentationModel;

namespace PlcFleet.Simulation.Equivalence.Corpus;

/// <summary>
/// Loads the equivalence corpus (a folder with <c>cases.yaml</c> and the plant programs it names): each case applies
/// textual edits, each of which must match exactly once, to a plant program.
/// </summary>
public static class EquivalenceCorpus
{
    public const string ManifestName = "cases.yaml";

    public static IReadOnlyList<CorpusCase> Load(string folder)
    {
        var manifest = Path.Combine(folder, ManifestName);
        var stream = new YamlStream();
        using (var reader = new StreamReader(manifest))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var plants = ((YamlMappingNode)root["plants"]).Children.ToDictionary(
            p => Scalar(p.Key), p => File.ReadAllText(Path.Combine(folder, Scalar(p.Value))).ReplaceLineEndings("\n"), StringComparer.Ordinal);
        var cases = new List<CorpusCase>();
        foreach (var node in ((YamlSequenceNode)root["cases"]).Children.Cast<YamlMappingNode>())
        {
            var name = Scalar(node["name"]);
            var before = plants[Scalar(node["plant"])];
            var after = before;
            foreach (var edit in ((YamlSequenceNode)node["edits"]).Children.Cast<YamlMappingNode>())
            {
                var find = Scalar(edit["find"]);
                var count = CountOf(after, find);
                if (count != 1)
                {
                    throw new InvalidDataException($"{manifest}: case '{name}': the edit '{find}' matches {count} times, not once");
                }

                after = after.Replace(find, Scalar(edit["replace"]), StringComparison.Ordinal);
            }

            cases.Add(new CorpusCase(name, Scalar(node["class"]), Scalar(node["expect"]) == "differs", before, after));
        }

        return cases;
    }

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? string.Empty;

    private static int CountOf(string text, string find)
    {
        var count = 0;
        for (var at = text.IndexOf(find, StringComparison.Ordinal); at >= 0; at = text.IndexOf(find, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
