using PlcFleet.Agents.Rewrite;
using PlcFleet.Verification.Framework;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Agents.Tests.Rewrite;

/// <summary>The real example fleet: sites copied to temp folders, rules and scopes read from the migration files.</summary>
internal static class ExampleFleet
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SitePath(string siteId) => Path.Combine(RepositoryRoot, "examples", "fleet", "sites", siteId);

    public static string ReadSiteFile(string siteId, string path) => File.ReadAllText(Path.Combine(SitePath(siteId), path));

    public static IReadOnlyList<RewriteRule> Rules(string migrationId) =>
        FrontMatter(migrationId)["rewrite"] is YamlSequenceNode rules
            ? rules.Children.Cast<YamlMappingNode>()
                .Select(r => new RewriteRule(Scalar(r, "name"), Scalar(r, "match"), Scalar(r, "replace")))
                .ToList()
            : [];

    public static ChangeScope Scope(string migrationId)
    {
        var scope = (YamlMappingNode)FrontMatter(migrationId)["scope"];
        return new ChangeScope { Include = Globs(scope, "include"), Exclude = Globs(scope, "exclude") };
    }

    public static string MigrationText(string migrationId) =>
        File.ReadAllText(Path.Combine(RepositoryRoot, "examples", "migrations", migrationId + ".md"));

    private static YamlMappingNode FrontMatter(string migrationId)
    {
        var text = MigrationText(migrationId).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map[key]).Value ?? "";

    private static List<string> Globs(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var node) && node is YamlSequenceNode list
            ? list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList()
            : [];

    private static string FindRepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PlcFleet.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PlcFleet.slnx not found above the test output folder");
    }
}
