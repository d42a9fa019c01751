using System.CommandLine;
using PlcFleet.Fleet.Migrations.Lint;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Cli.Commands.Migrations;

/// <summary><c>plcfleet migration lint FILE</c>: does the prompt have the shape that makes migrations work?</summary>
public static class LintCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The migration prompt (.md with YAML front matter)" };
        var command = new Command("lint", "Check a migration prompt: examples, verifiable end state, preconditions, one change, scope") { file };
        command.SetAction(parse => Run(parse.GetValue(file)!));
        return command;
    }

    public static int Run(string path)
    {
        var migration = MigrationInputs.LoadMigration(path);
        if (migration is null)
        {
            return ExitCodes.UsageError;
        }

        var findings = MigrationLinter.Lint(migration);
        foreach (var finding in findings)
        {
            var severity = finding.Severity.ToString().ToLowerInvariant();
            Console.WriteLine($"{path}:{finding.Line}:{finding.Column}: {severity} {finding.Rule}: {finding.Message}");
            Console.WriteLine($"    suggestion: {finding.Suggestion}");
        }

        var errors = findings.Count(f => f.Severity == DiagnosticSeverity.Error);
        var warnings = findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
        Console.WriteLine($"{migration.Id} v{migration.Version}: {errors} error(s), {warnings} warning(s), {findings.Count - errors - warnings} note(s)");
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
