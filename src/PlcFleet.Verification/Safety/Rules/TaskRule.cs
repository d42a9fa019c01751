using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF021: the task a safety program runs in changed: interval, priority, or the program moved to another task (or out of
/// the configuration). The code analysis reads one scan; the response time of the safety function depends on how often
/// and how urgently that scan runs, which only a person with the reaction-time calculation can judge: escalated.
/// </summary>
public sealed class TaskRule : ISafetyRule
{
    public string Id => "SAF021";

    public string Title => "task of a safety program changed";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var before = Tasks.Read(comparison.Before);
        var after = Tasks.Read(comparison.After);
        var checkedTasks = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var program in before.Programs.Where(p => IsSafetyProgram(comparison, p.Type)))
        {
            var now = after.Programs.FirstOrDefault(p => p.Type.Equals(program.Type, StringComparison.OrdinalIgnoreCase));
            var oldTask = before.Task(program.Task);
            var location = now?.Location ?? after.Location ?? comparison.After.Model.FindPou(program.Type)?.Location ?? program.Location;
            if (now is null)
            {
                yield return Finding(location, $"safety program {program.Type} is no longer assigned to a task (was {program.Task})",
                    $"{program.Type} computes safety outputs and ran in task {program.Task}. Without a task it runs in whatever the runtime's default is, or not at all.");
                continue;
            }

            if (!string.Equals(now.Task, program.Task, StringComparison.OrdinalIgnoreCase))
            {
                var newTask = after.Task(now.Task);
                yield return Finding(now.Location, $"safety program {program.Type} moved from task {program.Task} ({oldTask?.Describe() ?? "?"}) to {now.Task} ({newTask?.Describe() ?? "?"})",
                    $"{program.Type} computes safety outputs. Its response time is set by the task it runs in; another task scans it at another rate and priority.");
            }

            if (oldTask is not null && checkedTasks.Add(oldTask.Name) && after.Task(oldTask.Name) is { } newDefinition && newDefinition.Describe() != oldTask.Describe())
            {
                yield return Finding(newDefinition.Location, $"task {oldTask.Name}, which runs the safety program {program.Type}, changed from {oldTask.Describe()} to {newDefinition.Describe()}",
                    $"The interval and priority of {oldTask.Name} bound the response time of every safety function computed in it (e.g. stopping distance "
                    + "after a light curtain is interrupted). A slower or lower-priority task makes the machine react later.");
            }
        }
    }

    /// <summary>A program is safety-related when it writes, or holds, anything in a safety cone.</summary>
    private static bool IsSafetyProgram(SafetyComparison comparison, string type)
    {
        var prefix = type.ToLowerInvariant() + ".";
        return comparison.Before.Model.FindPou(type) is { } pou
            && (comparison.Before.IsSafetyPou(pou)
                || comparison.BeforeCone.Paths.Any(p => p.StartsWith(prefix, StringComparison.Ordinal))
                || comparison.Before.DefUse.Writes.Any(w => (w.Pou == pou || w.Pou.Name.StartsWith(type + ".", StringComparison.OrdinalIgnoreCase))
                                                            && comparison.BeforeCone.Contains(w.Target)));
    }

    private SafetyFinding Finding(SourceRef location, string message, string explanation) =>
        new(Id, FindingSeverity.Error, location, message,
            explanation + " The code analysis cannot prove the new timing safe; escalated to a safety engineer, who must check the reaction-time "
            + "calculation before approval.", Escalate: true);

    /// <summary>The tasks and program assignments of a site's CONFIGURATION.</summary>
    private sealed record Tasks(IReadOnlyList<TaskDefinition> Definitions, IReadOnlyList<ProgramAssignment> Programs, SourceRef? Location)
    {
        public TaskDefinition? Task(string name) => Definitions.FirstOrDefault(t => t.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

        public static Tasks Read(SiteAnalysis site)
        {
            var tasks = new List<TaskDefinition>();
            var programs = new List<ProgramAssignment>();
            SourceRef? where = null;
            foreach (var file in site.Model.Project.Files)
            {
                foreach (var configuration in file.Syntax.Root.Declarations.OfType<ConfigurationDeclarationSyntax>())
                {
                    where ??= SourceRef.Of(file.RelativePath, configuration);
                    foreach (var task in configuration.DescendantNodes().OfType<TaskConfigurationSyntax>())
                    {
                        var settings = task.Arguments?.Arguments.Where(a => a.Name is not null && a.Value is not null)
                            .ToDictionary(a => a.Name!.Text.ToUpperInvariant(), a => a.Value!.ToString().Trim().ToUpperInvariant()) ?? [];
                        tasks.Add(new TaskDefinition(task.Name.Text, settings, SourceRef.Of(file.RelativePath, task)));
                    }

                    foreach (var program in configuration.DescendantNodes().OfType<ProgramConfigurationSyntax>())
                    {
                        programs.Add(new ProgramAssignment(program.TypeName.Text, program.TaskName?.Text ?? "(none)", SourceRef.Of(file.RelativePath, program)));
                    }
                }
            }

            return new Tasks(tasks, programs, where);
        }
    }

    private sealed record TaskDefinition(string Name, IReadOnlyDictionary<string, string> Settings, SourceRef Location)
    {
        public string Describe() => string.Join(", ", Settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} := {s.Value}"));
    }

    private sealed record ProgramAssignment(string Type, string Task, SourceRef Location);
}
