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

        if (FindEvidence(task.Text) is { } found)
        {
            var position = text.Find(task, found.Where);
            yield return new LintFinding(
                Id, DiagnosticSeverity.Warning, position.Line, position.Column,
                $"the Task seems to ask for more than one change ({found.Evidence}); this is a heuristic, check whether it is one change",
                "keep one change in this migration and move the others into their own migrations; each then gets its own examples and checks");
        }
    }

    /// <summary>What suggests several changes, and a pattern locating it in the file.</summary>
    private static (string Evidence, Regex Where)? FindEvidence(string task)
    {
        if (Joiner().Match(task) is { Success: true } join)
        {
            return ($"'{join.Value.Trim()}'", Joiner());
        }

        var bulletVerbs = BulletVerb().Matches(task).Select(m => m.Groups["verb"].Value.ToLowerInvariant())
            .Where(ChangeVerbs.Contains).Distinct().ToList();
        if (bulletVerbs.Count >= 2)
        {
            return ($"bullets that {string.Join(", ", bulletVerbs.Select(v => $"'{v}'"))}", BulletVerb());
        }

        return TwoVerbs(task) is { } verbs
            ? ($"'{verbs.First} ... and {verbs.Second} ...'", new Regex($@"\b{verbs.First}\b", RegexOptions.IgnoreCase))
            : null;
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
