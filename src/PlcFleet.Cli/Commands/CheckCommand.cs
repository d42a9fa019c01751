using System.CommandLine;
using PlcFleet.Cli.Output;
using PlcFleet.Formats.Projects;

namespace PlcFleet.Cli.Commands;

/// <summary><c>plcfleet check PATH</c>: parse and type-check a file or folder of ST/SCL code as one project.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .st/.scl file, or a folder searched recursively (read as one project)" };
        var format = new Option<DiagnosticFormat>("--format", "-f")
        {
            Description = "Output format: text (compiler style with a caret excerpt), json or sarif (SARIF 2.1.0)",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
        };
        var command = new Command("check", "Compile-check PLC code: syntax, types, declarations") { path, format };
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(format)));
        return command;
    }

    public static int Run(string path, DiagnosticFormat format)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"plcfleet check: '{path}' does not exist");
            return ExitCodes.UsageError;
        }

        var project = PlcProjectLoader.Load(path);
        if (project.Files.Count == 0 && project.LoadDiagnostics.Count == 0)
        {
            Console.Error.WriteLine($"plcfleet check: no .st or .scl files under '{path}'");
            return ExitCodes.UsageError;
        }

        var summary = new CheckSummary(project.Files.Count, project.LineCount, project.GetDiagnostics());
        switch (format)
        {
            case DiagnosticFormat.Json:
                using (var stdout = Console.OpenStandardOutput())
                {
                    JsonDiagnosticWriter.Write(summary, stdout);
                }

                Console.WriteLine();
                break;
            case DiagnosticFormat.Sarif:
                using (var stdout = Console.OpenStandardOutput())
                {
                    SarifDiagnosticWriter.Write(summary, stdout);
                }

                Console.WriteLine();
                break;
            default:
                TextDiagnosticWriter.Write(summary, Console.Out);
                break;
        }

        return summary.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
