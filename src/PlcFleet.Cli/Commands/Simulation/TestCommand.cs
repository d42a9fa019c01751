using System.CommandLine;
using PlcFleet.Simulation.Reporting;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Cli.Commands.Simulation;

/// <summary><c>plcfleet test PATH</c>: runs a site's (or every site's under PATH) scenario tests against its compiled ST programs.</summary>
public static class TestCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A site folder (its PLC code and its *.scenario.yaml tests), or a folder of sites" };
        var format = new Option<TestOutputFormat>("--format", "-f")
        {
            Description = "Output format: text (summary table and failures), json or junit",
            DefaultValueFactory = _ => TestOutputFormat.Text,
        };
        var trace = new Option<string?>("--trace") { Description = "Write a VCD waveform per scenario (FILE.vcd; FILE-2.vcd... when there are several)" };
        var signals = new Option<string?>("--signals") { Description = "Comma-separated signals to trace (default: all)" };
        var command = new Command("test", "Run scenario tests on the simulated PLC (scan cycles over virtual time)") { path, format, trace, signals };
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(format), parse.GetValue(trace), parse.GetValue(signals)));
        return command;
    }

    public static int Run(string path, TestOutputFormat format, string? tracePath, string? signalList)
    {
        var sites = SiteSimulator.OpenAll(path, out var error);
        if (sites.Count == 0)
        {
            Console.Error.WriteLine($"plcfleet test: {error}");
            return ExitCodes.UsageError;
        }

        // A broken plcfleet.yaml changes which files and dialect the code is read with: fail as 'check' does, with its position.
        var settingsErrors = sites.SelectMany(s => s.Project.LoadDiagnostics).Where(d => d.IsError).ToList();
        if (settingsErrors.Count > 0)
        {
            foreach (var settingsError in settingsErrors)
            {
                Console.Error.WriteLine(settingsError);
            }

            return ExitCodes.UsageError;
        }

        if (sites.All(s => s.ScenarioFiles.Count == 0))
        {
            Console.Error.WriteLine($"plcfleet test: no *.scenario.yaml files under '{path}'");
            return ExitCodes.UsageError;
        }

        var traceSignals = (signalList ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var traceIndex = 0;
        var run = ScenarioSuite.Run(sites, runScenario: (site, scenario) => RunScenario(site, scenario, tracePath, traceSignals, () => ++traceIndex));
        var suite = run.Suite;
        Console.Write(format switch
        {
            TestOutputFormat.Json => ScenarioJsonReport.Render(suite) + Environment.NewLine,
            TestOutputFormat.JUnit => ScenarioJUnitReport.Render(suite) + Environment.NewLine,
            _ => ScenarioTextReport.Render(suite, sites.Count > 1 ? run.SiteOf : null),
        });
        return suite.Passed ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static ScenarioResult RunScenario(SiteSimulator site, Scenario scenario, string? tracePath, string[] traceSignals, Func<int> nextTraceIndex)
    {
        StreamWriter? trace = null;
        if (tracePath is not null && site.Compile(scenario.Program).Succeeded)
        {
            var traceIndex = nextTraceIndex();
            var file = traceIndex == 1 ? tracePath : Path.Combine(Path.GetDirectoryName(tracePath) ?? string.Empty, $"{Path.GetFileNameWithoutExtension(tracePath)}-{traceIndex}{Path.GetExtension(tracePath)}");
            trace = new StreamWriter(file);
        }

        using (trace)
        {
            return site.Run(scenario, (_, options) => options with { Trace = trace, TraceSignals = traceSignals });
        }
    }
}
