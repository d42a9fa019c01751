using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>
/// One change per migration. A heuristic over the Task text: several bullets starting with different verbs,
/// "and also"-style joins, or two different change verbs in one sentence suggest a bundle of changes.
/// </summary>
public sealed partial class OneChangeRule : ILintRule
{
    private static readonly string[] ChangeVerbs =
    [
        "replace", "rename", "refactor", "add", "remove", "delete", "move", "convert", "introduce", "extract",
        "split", "merge", "migrate", "rewrite", "fix", "clean", "standardise", "standardize", "optimise", "optimize",
        "update", "upgrade", "reorder", "restructure", "change",
    ];

    public string Id => "ML005";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        var task = migration.Body.Section(Body.MigrationBody.Task);
        if (task is null)
        {
            yield break;
        }

        var evidence = Joiner().Match(task.Text) is { Success: true } join ? $"'{join.Value.Trim()}'" : null;
        var pattern = Joiner();
        if (evidence is null)
        {
            var bulletVerbs = BulletVerb().Matches(task.Text).Select(m => m.Groups["verb"].Value.ToLowerInvariant())
                .Where(ChangeVerbs.Contains).Distinct().ToList();
            if (bulletVerbs.Count >= 2)
            {
                evidence = $"bullets that {string.Join(", ", bulletVerbs.Select(v => $"'{v}'"))}";
                pattern = BulletVerb();
            }
        }

        if (evidence is null && TwoVerbs(task.Text) is { } verbs)
        {
            evidence = $"'{verbs.First} ... and {verbs.Second} ...'";
            pattern = new Regex($@"\b{verbs.First}\b", RegexOptions.IgnoreCase);
        }

        if (evidence is not null)
        {
            var position = text.Find(task, pattern);
            yield return new LintFinding(
                Id, DiagnosticSeverity.Warning, position.Line, position.Column,
                $"the Task seems to ask for more than one change ({evidence}); this is a heuristic, check whether it is one change",
                "keep one change in this migration and move the others into their own migrations; each then gets its own examples and checks");
        }
    }

    private static (string First, string Second)? TwoVerbs(string task)
    {
        foreach (var sentence in Sentence().Split(task))
        {
            var words = Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (!ChangeVerbs.Contains(words[i]))
                {
                    continue;
                }

                for (var j = i + 1; j < words.Count - 1; j++)
                {
                    if (words[j] == "and" && ChangeVerbs.Contains(words[j + 1]) && words[j + 1] != words[i])
                    {
                        return (words[i], words[j + 1]);
                    }
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(and also|as well as|additionally|while you are at it|while you're at it|on top of that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?<verb>[A-Za-z]+)", RegexOptions.Multiline)]
    private static partial Regex BulletVerb();

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n\s*\n|\n\s*[-*+]\s")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
