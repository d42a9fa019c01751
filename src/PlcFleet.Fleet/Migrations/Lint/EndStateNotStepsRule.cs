using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>
/// Describe the end state, not the steps: a step list ("first ..., then ..., finally ...") fixes one path the
/// agent must follow even where the site's code needs another, and cannot be verified.
/// </summary>
public sealed partial class EndStateNotStepsRule : ILintRule
{
    public string Id => "ML006";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        var task = migration.Body.Section(Body.MigrationBody.Task);
        if (task is null)
        {
            yield break;
        }

        var sequenceWords = SequenceWord().Matches(task.Text).Select(m => m.Value.ToLowerInvariant()).Distinct().ToList();
        var hasFirst = sequenceWords.Contains("first") || sequenceWords.Contains("step 1");
        var steps = StepNumber().Count(task.Text);
        if ((hasFirst && sequenceWords.Count >= 2) || steps >= 2)
        {
            var position = text.Find(task, steps >= 2 ? StepNumber() : SequenceWord());
            var found = steps >= 2 ? $"{steps} numbered steps" : string.Join(", ", sequenceWords.Select(w => $"'{w}'"));
            yield return new LintFinding(
                Id, DiagnosticSeverity.Warning, position.Line, position.Column,
                $"the Task reads as a list of steps ({found}) rather than the end state",
                "describe what is true when the change is done (e.g. 'every guard door OK signal is computed by SAFETY_GUARD_MONITOR'), and let the examples show how");
        }
    }

    [GeneratedRegex(@"\b(first|then|next|afterwards|finally|step \d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SequenceWord();

    [GeneratedRegex(@"^[ \t]*\d+[.)][ \t]+", RegexOptions.Multiline)]
    private static partial Regex StepNumber();
}
