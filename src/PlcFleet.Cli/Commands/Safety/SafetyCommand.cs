using System.CommandLine;
using System.Text.Json;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Safety.Corpus;

namespace PlcFleet.Cli.Commands.Safety;

/// <summary>
/// <c>plcfleet safety show PATH</c> (what is recognised as safety-related and why) and
/// <c>plcfleet safety check BEFORE AFTER</c> (the safety findings of a change; exit 1 on violations or escalations).
/// </summary>
public static class SafetyCommand
{
    public static Command Create()
    {
        var command = new Command("safety", "Safety analysis of PLC code: what is safety-related, and whether a change weakens it");
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Check());
        return command;
    }

    /// <summary><c>plcfleet bench safety [CORPUS]</c>: catch rate and false-alarm rate over a mutation corpus.</summary>
    public static Command Bench()
    {
        var corpus = new Argument<string>("corpus") { Description = "Corpus folder (cases with expect.yaml)", DefaultValueFactory = _ => "tests/PlcFleet.Verification.Tests/Safety/Mutations" };
        var safety = new Command("safety", "Catch rate of unsafe changes and false-alarm rate on safe ones over a mutation corpus") { corpus };
        safety.SetAction(parse => RunBench(parse.GetValue(corpus)!));
        return new Command("bench", "Measure the verifiers against their corpora") { safety, Commands.Bench.CorpusBenchCommand.Create() };
    }

    private static Command Show()
    {
        var path = new Argument<string>("path") { Description = "Site folder (with plcfleet.yaml) or a .st/.scl file" };
        var show = new Command("show", "List the safety-related variables, POUs and outputs, with the rule that matched each") { path };
        show.SetAction(parse => RunShow(parse.GetValue(path)!));
        return show;
    }

    private static Command Check()
    {
        var before = new Argument<string>("before") { Description = "The site before the change (folder or file)" };
        var after = new Argument<string>("after") { Description = "The site after the change (folder or file)" };
        var format = new Option<string>("--format", "-f") { Description = "text or json", DefaultValueFactory = _ => "text" };
        var check = new Command("check", "Compare two versions of a site and report changes that make the machine less safe") { before, after, format };
        check.SetAction(parse => RunCheck(parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(format)!));
        return check;
    }

    private static int RunShow(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet safety show: '{path}' does not exist");
            return ExitCodes.UsageError;
        }

        var site = SiteAnalysis.Load(path);
        foreach (var problem in site.ConfigProblems)
        {
            Console.WriteLine($"{problem.Location}: error SAF000: {problem.Message}");
        }

        foreach (var error in site.CodeErrors)
        {
            Console.Error.WriteLine(error);
        }

        Console.WriteLine($"safety configuration: {site.Config.Origin}");
        Print("safety POUs", site.Set.Pous.Values);
        Print("safety variables", site.Set.Variables.Values);
        Print("safety outputs", site.Set.Outputs.Values.Select(o => site.Config.Roles.IndicationReason(o.Display.Split('.')[^1]) is { } lamp
            ? o with { Reason = o.Reason + $"; indication ({lamp}): energising it more often is no hazard" }
            : site.Config.Roles.WarningReason(o.Display.Split('.')[^1]) is { } horn ? o with { Reason = o.Reason + $"; warning device ({horn}): must sound at least as before" } : o));
        Print("untrusted sources (HMI/fieldbus)", site.Set.Untrusted.Values);
        PrintSafetyInputs(site);
        PrintRoles(site);
        // Code that does not read cleanly cannot be classified with confidence: never pass it.
        return site.ConfigProblems.Count > 0 || site.CodeErrors.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void Print(string title, IEnumerable<PlcFleet.Verification.Safety.Analysis.Recognised> items)
    {
        var list = items.OrderBy(i => i.Location.File, StringComparer.Ordinal).ThenBy(i => i.Location.Line).ToList();
        Console.WriteLine($"{title} ({list.Count}):");
        foreach (var item in list)
        {
            Console.WriteLine($"  {item.Display,-32} {item.Location.File}:{item.Location.Line}  {item.Reason}");
        }
    }

    /// <summary>
    /// Inputs recognised from facts: wired to %I and read (directly or through kept state) by a safety output. The name hint
    /// is shown beside the fact, never instead of it.
    /// </summary>
    private static void PrintSafetyInputs(SiteAnalysis site)
    {
        var readers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var output in site.Set.Outputs.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var path in PlcFleet.Verification.Safety.Analysis.SafetyCone.Of(site, [output]).Paths)
            {
                if (!readers.TryGetValue(path, out var list))
                {
                    readers[path] = list = [];
                }

                list.Add(site.Set.Outputs[output].Display);
            }
        }

        var inputs = site.Model.AllVariables().Where(v => v.IsInputAddress && readers.ContainsKey(v.QualifiedName))
            .OrderBy(v => v.Location.File, StringComparer.Ordinal).ThenBy(v => v.Location.Line).ToList();
        Console.WriteLine($"safety inputs ({inputs.Count}):");
        foreach (var input in inputs)
        {
            var hint = site.Set.Variables.TryGetValue(input.QualifiedName, out var named) ? $"; name hint: {named.Reason}" : string.Empty;
            Console.WriteLine($"  {input.DisplayName,-32} {input.Location.File}:{input.Location.Line}  input {input.Address} read by {string.Join(", ", readers[input.QualifiedName])}{hint}");
        }
    }

    /// <summary>Indications, warning devices, resets and channel pairs, each marked declared (plcfleet.yaml) or guessed by name.</summary>
    private static void PrintRoles(SiteAnalysis site)
    {
        var roles = site.Model.AllVariables().Where(v => v.IsBool)
            .OrderBy(v => v.Location.File, StringComparer.Ordinal).ThenBy(v => v.Location.Line)
            .SelectMany(v => site.Config.Roles.Describe(v.DisplayName).Select(role => (Variable: v, Role: role))).ToList();
        Console.WriteLine($"signal roles ({roles.Count}):");
        foreach (var (variable, role) in roles)
        {
            Console.WriteLine($"  {role.Signal,-32} {variable.Location.File}:{variable.Location.Line}  {role.Role}: {role.Reason}");
        }
    }

    private static int RunCheck(string before, string after, string format)
    {
        foreach (var p in new[] { before, after })
        {
            if (!File.Exists(p) && !Directory.Exists(p))
            {
                Console.Error.WriteLine($"plcfleet safety check: '{p}' does not exist");
                return ExitCodes.UsageError;
            }
        }

        var (oldSite, newSite) = SiteAnalysis.LoadBoth(before, after);
        foreach (var (site, path) in new[] { (oldSite, before), (newSite, after) })
        {
            // Nothing to compare is not "proven safe": a mistyped or empty folder must never read as passed.
            if (site.Model.Pous.Count == 0)
            {
                Console.Error.WriteLine($"plcfleet safety check: '{path}' holds no PLC code (no PROGRAM, FUNCTION_BLOCK or FUNCTION in a .st/.scl or "
                    + "vendor file); give the folder of the site's code");
                return ExitCodes.UsageError;
            }
        }

        var report = SafetyAnalyzer.Compare(oldSite, newSite);
        if (format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            var json = report.Findings.Select(f => new
            {
                rule = f.RuleId, severity = f.Severity.ToString().ToLowerInvariant(), escalate = f.Escalate,
                file = f.Location.File, line = f.Location.Line, column = f.Location.Column, message = f.Message, explanation = f.Explanation,
                trace = f.Trace?.Select(t => new
                {
                    scan = t.Scan, time = PlcFleet.Simulation.Values.IecTime.Format(t.Time), scans = t.Scans, warm_restart = t.WarmRestart,
                    inputs = t.Inputs, before = t.Before, after = t.After,
                }),
            });
            var verdict = report.HasViolations ? "failed" : report.NeedsEscalation ? "escalate" : "passed";
            Console.WriteLine(JsonSerializer.Serialize(new { verdict, violations = report.HasViolations, escalate = report.NeedsEscalation, findings = json }, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            foreach (var finding in report.Findings)
            {
                Console.WriteLine(finding);
                Console.WriteLine("    " + finding.Explanation);
            }

            Console.WriteLine(report.Findings.Count == 0 ? "safety: no findings" : $"safety: {report.Findings.Count} finding(s)");
            Console.WriteLine(report.HasViolations ? "verdict: failed (a change makes the machine less safe)"
                : report.NeedsEscalation ? "verdict: escalate (not proven safe; a safety engineer must decide)"
                : "verdict: passed (proven: no safety output got weaker)");
        }

        return report.HasViolations || report.NeedsEscalation ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static int RunBench(string corpus)
    {
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"plcfleet bench safety: '{corpus}' does not exist");
            return ExitCodes.UsageError;
        }

        var summary = CorpusRunner.RunAll(CorpusLoader.Load(corpus));
        foreach (var missed in summary.Missed)
        {
            Console.WriteLine($"MISSED  {missed.Case.Name}: {missed.Case.Description}");
        }

        foreach (var alarm in summary.Alarms)
        {
            Console.WriteLine($"ALARM   {alarm.Case.Name}: {(alarm.Report.Findings.Count > 0 ? alarm.Report.Findings[0] : null)}");
        }

        foreach (var only in summary.CaughtOnlyBySimulation)
        {
            Console.WriteLine($"SIM     {only.Case.Name}: caught only by the differential simulation ({string.Join(", ", only.Report.RuleIds)})");
        }

        var classes = summary.ByClass();
        if (classes.Count > 1)
        {
            Console.WriteLine($"{"class",-20} {"caught",8} {"escalated",10} {"false alarms",13}");
            foreach (var (name, part) in classes)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"{name,-20} {part.Caught,3}/{part.UnsafeCount,-4} {part.EscalationRate,10:P0} {part.FalseAlarms,6}/{part.SafeCount,-6}"));
            }
        }

        Console.WriteLine($"unsafe changes caught: {summary.Caught}/{summary.UnsafeCount} ({summary.CatchRate:P1}), disguised {summary.Outcomes.Count(o => o.Case.Unsafe && o.Case.Disguised)}");
        Console.WriteLine($"false alarms on safe changes: {summary.FalseAlarms}/{summary.SafeCount} ({summary.FalseAlarmRate:P1})");
        Console.WriteLine($"unsafe changes escalated (not proven either way): {summary.EscalationRate:P1}");
        Console.WriteLine($"caught only by the differential simulation (SAF018/SAF019): {summary.CaughtOnlyBySimulation.Count()}");
        Console.WriteLine(FormattableString.Invariant(
            $"time per case: mean {summary.MeanTimePerCase.TotalMilliseconds:F0} ms, slowest {summary.SlowestCase.TotalMilliseconds:F0} ms ({summary.Outcomes.MaxBy(o => o.Elapsed)?.Case.Name}), total {summary.Outcomes.Sum(o => o.Elapsed.TotalSeconds):F1} s"));
        return summary.Missed.Any() ? ExitCodes.Findings : ExitCodes.Success;
    }
}
