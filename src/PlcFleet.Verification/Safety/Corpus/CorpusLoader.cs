using YamlDotNet.RepresentationModel;

namespace PlcFleet.Verification.Safety.Corpus;

/// <summary>Finds the cases of a corpus: every folder under the root that holds an <c>expect.yaml</c>.</summary>
public static class CorpusLoader
{
    public static IReadOnlyList<CorpusCase> Load(string root)
    {
        var cases = new List<CorpusCase>();
        foreach (var expect in Directory.EnumerateFiles(root, "expect.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(expect)!;
            var before = Side(folder, "before");
            var after = Side(folder, "after");
            if (before is null || after is null)
            {
                throw new InvalidDataException($"{expect}: the case needs before/after folders or before.st/after.st files");
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(expect)));
            var map = (YamlMappingNode)stream.Documents[0].RootNode;
            string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
            var rules = map.Children.TryGetValue(new YamlScalarNode("rules"), out var r) && r is YamlSequenceNode seq
                ? seq.OfType<YamlScalarNode>().Select(s => s.Value!).ToList()
                : [];
            var verdict = Get("verdict") ?? throw new InvalidDataException($"{expect}: 'verdict: safe|unsafe' is required");
            cases.Add(new CorpusCase(Path.GetRelativePath(root, folder).Replace('\\', '/'), folder, before, after,
                verdict.Equals("unsafe", StringComparison.OrdinalIgnoreCase), rules, Get("description") ?? string.Empty,
                string.Equals(Get("disguised"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Class = Get("class") ?? Path.GetRelativePath(root, folder).Replace('\\', '/').Split('/')[0],
            });
        }

        return cases;
    }

    private static string? Side(string folder, string name)
    {
        var dir = Path.Combine(folder, name);
        if (Directory.Exists(dir))
        {
            return dir;
        }

        return new[] { ".st", ".scl" }.Select(ext => Path.Combine(folder, name + ext)).FirstOrDefault(File.Exists);
    }
}
