using System.Security.Cryptography;
using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PlcFleet.Fleet.Migrations.Body;
using PlcFleet.Fleet.Problems;
using PlcFleet.Fleet.Yaml;
using PlcFleet.StructuredText.Text;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Fleet.Migrations;

/// <summary>
/// Reads <c>migrations/&lt;id&gt;.md</c>: YAML front matter (positions mapped to file lines) and the Markdown body.
/// Shape advice (how many examples, one change...) is the linter's job; the parser only rejects what cannot run.
/// </summary>
public static class MigrationParser
{
    private static readonly string[] Keys =
        ["id", "title", "version", "safety_related", "scope", "ceiling", "preconditions", "success_criteria", "allowed_output_changes", "agent", "rewrite"];

    private static readonly string[] ScopeKeys = ["include", "exclude"];
    private static readonly string[] CeilingKeys = ["files", "lines"];
    private static readonly string[] AgentKeys = ["kind", "max_turns", "max_attempts", "max_tokens", "max_cost_usd", "max_minutes"];
    private static readonly string[] RewriteKeys = ["name", "match", "replace"];
    private static readonly string[] CodeCriteria = ["code_contains", "code_not_contains"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static MigrationParseResult Load(string path)
    {
        if (!File.Exists(path))
        {
            return new MigrationParseResult(null, [new Problem(path, 1, 1, "migration file not found")]);
        }

        // The hash covers the bytes on disk (a BOM or CRLF change is a different prompt version).
        var bytes = File.ReadAllBytes(path);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader.ReadToEnd(), path, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public static MigrationParseResult Parse(string text, string path) => Parse(text, path, Sha256(text));

    private static MigrationParseResult Parse(string text, string path, string contentHash)
    {
        var document = Markdown.Parse(text, Pipeline);
        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null)
        {
            return new MigrationParseResult(null, [new Problem(path, 1, 1, "missing YAML front matter: start the file with '---', the migration keys (id, title, version...), and '---'")]);
        }

        // The YAML starts on the line after the opening '---'; YamlDotNet counts from 1 within the YAML text.
        var problems = new YamlProblems(path, frontMatter.Line + 1);
        var root = problems.Load(frontMatter.Lines.ToString());
        var map = root is null ? null : YamlMap.From(root, problems, "front matter", Keys);
        if (map is null)
        {
            if (!problems.HasAny)
            {
                problems.ReportAt(frontMatter.Line + 1, 1, "front matter is empty; expected id, title, version...");
            }

            return new MigrationParseResult(null, problems.All);
        }

        var id = map.String("id", required: true);
        var title = map.String("title", required: true);
        var version = map.Int("version", minimum: 1);
        if (!map.Has("version"))
        {
            problems.Report(map.Node, "front matter: missing required key 'version' (an integer; raise it whenever the prompt changes)");
        }

        var safetyRelated = map.Bool("safety_related") ?? false;
        var scope = ReadScope(map, problems);
        var ceiling = ReadCeiling(map, problems);
        var preconditions = PreconditionReader.Read(map.Sequence("preconditions"), problems);
        var criteria = ReadSuccessCriteria(map, problems);
        var outputs = map.Strings("allowed_output_changes").Select(n => n.Value!.Trim()).ToList();
        var agent = ReadAgent(map, problems);
        var rewrite = ReadRewriteRules(map, problems);
        var body = MigrationBodyReader.Read(document, text);
        if (problems.HasAny || id is null || title is null || version is null)
        {
            return new MigrationParseResult(null, problems.All);
        }

        var positions = Keys.Where(map.Has).ToDictionary(
            key => key,
            key => Position(map.KeyNode(key)!, problems));
        var migration = new Migration(
            id.Trim(), title.Trim(), version.Value, safetyRelated, scope, ceiling, preconditions, criteria, outputs, agent, rewrite, body,
            path, text, contentHash)
        {
            KeyPositions = positions,
            FrontMatterPosition = new LinePosition(frontMatter.Line + 1, 1),
        };
        return new MigrationParseResult(migration, []);
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 text: the prompt version a run used.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static LinePosition Position(YamlNode node, YamlProblems problems) =>
        new((int)node.Start.Line + problems.LineOffset, (int)node.Start.Column);

    private static MigrationScope ReadScope(YamlMap top, YamlProblems problems)
    {
        var map = YamlMap.From(top.Value("scope"), problems, "scope", ScopeKeys);
        if (map is null)
        {
            return MigrationScope.Empty;
        }

        return new MigrationScope(
            map.Strings("include").Select(n => n.Value!.Trim()).ToList(),
            map.Strings("exclude").Select(n => n.Value!.Trim()).ToList());
    }

    private static DiffCeiling? ReadCeiling(YamlMap top, YamlProblems problems)
    {
        var map = YamlMap.From(top.Value("ceiling"), problems, "ceiling", CeilingKeys);
        if (map is null)
        {
            return null;
        }

        var files = map.Int("files", minimum: 1);
        var lines = map.Int("lines", minimum: 1);
        if (!map.Has("files") || !map.Has("lines"))
        {
            problems.Report(map.Node, "ceiling: give both 'files' and 'lines', e.g. { files: 4, lines: 120 }");
        }

        return files is null || lines is null ? null : new DiffCeiling(files.Value, lines.Value);
    }

    private static List<SuccessCriterion> ReadSuccessCriteria(YamlMap top, YamlProblems problems)
    {
        var allowed = YamlEnum.Names<SuccessCriterionKind>();
        var criteria = new List<SuccessCriterion>();
        foreach (var item in top.Sequence("success_criteria"))
        {
            var position = Position(item, problems);
            if (item is YamlScalarNode scalar)
            {
                if (CodeCriteria.Contains(scalar.Value))
                {
                    problems.Report(item, $"success criterion {scalar.Value}: give the pattern, e.g. '{scalar.Value}: SAFETY_GUARD_MONITOR'");
                }
                else if (YamlEnum.Parse<SuccessCriterionKind>(scalar, problems, "success criterion") is { } kind)
                {
                    criteria.Add(new SuccessCriterion(kind, null, position));
                }

                continue;
            }

            var map = YamlMap.From(item, problems, "success criterion", CodeCriteria);
            if (map is null || map.Node.Children.Count != 1)
            {
                if (map is not null)
                {
                    problems.Report(item, $"success criterion: one of {string.Join(", ", allowed)}, or a single 'code_contains: PATTERN'");
                }

                continue;
            }

            var key = CodeCriteria.FirstOrDefault(map.Has);
            var pattern = key is null ? null : map.String(key);
            if (key is not null && pattern is not null && PreconditionReader.Regex(pattern, map.Value(key)!, key, problems) is not null)
            {
                var kind = key == "code_contains" ? SuccessCriterionKind.CodeContains : SuccessCriterionKind.CodeNotContains;
                criteria.Add(new SuccessCriterion(kind, pattern, position));
            }
        }

        return criteria;
    }

    private static AgentSettings ReadAgent(YamlMap top, YamlProblems problems)
    {
        var defaults = AgentSettings.Default;
        var map = YamlMap.From(top.Value("agent"), problems, "agent", AgentKeys);
        if (map is null)
        {
            return defaults;
        }

        var kind = defaults.Kind;
        if (map.Value("kind") is YamlScalarNode kindNode)
        {
            kind = YamlEnum.Parse<AgentKind>(kindNode, problems, "agent kind") ?? kind;
        }

        return new AgentSettings(
            kind,
            map.Int("max_turns", 1) ?? defaults.MaxTurns,
            map.Int("max_attempts", 1) ?? defaults.MaxAttempts,
            map.Int("max_tokens", 1) ?? defaults.MaxTokens,
            map.Decimal("max_cost_usd") ?? defaults.MaxCostUsd,
            map.Int("max_minutes", 1) ?? defaults.MaxMinutes);
    }

    private static List<RewriteRule> ReadRewriteRules(YamlMap top, YamlProblems problems)
    {
        var rules = new List<RewriteRule>();
        foreach (var item in top.Sequence("rewrite"))
        {
            var map = YamlMap.From(item, problems, "rewrite rule", RewriteKeys);
            var name = map?.String("name", required: true);
            var match = map?.String("match", required: true);
            var replace = map?.String("replace") ?? (map is not null && !map.Has("replace") ? Missing(map, problems) : null);
            if (name is not null && match is not null && replace is not null)
            {
                rules.Add(new RewriteRule(name.Trim(), match, replace, Position(item, problems)));
            }
        }

        return rules;
    }

    // An empty replacement is legal (delete the match); only a missing key is an error.
    private static string? Missing(YamlMap map, YamlProblems problems)
    {
        problems.Report(map.Node, "rewrite rule: missing required key 'replace' (use an empty string to delete the match)");
        return null;
    }
}
