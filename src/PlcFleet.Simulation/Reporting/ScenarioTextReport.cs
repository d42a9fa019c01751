using System.Globalization;
using System.Text;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Reporting;

/// <summary>
/// The human report: a summary table (scenario, result, cycles, simulated time), then each failure with its
/// location, expected vs actual and the last scans of the signals involved.
/// </summary>
public static class ScenarioTextReport
{
    /// <param name="siteOf">When the suite spans several sites: the site each result belongs to, shown as a column.</param>
    public static string Render(ScenarioSuiteResult suite, Func<ScenarioResult, string>? siteOf = null)
    {
        var sb = new StringBuilder();
        var rows = suite.Results.Select(r => new[]
        {
            r.Passed ? "PASS" : "FAIL",
            r.Scenario,
            r.Program,
            r.CyclesRun.ToString(CultureInfo.InvariantCulture),
            IecTime.FormatShort(r.SimulatedTime),
        }.Prepend(siteOf?.Invoke(r)).OfType<string>().ToArray()).ToList();
        var header = new[] { "result", "scenario", "program", "cycles", "sim time" }.Prepend(siteOf is null ? null : "site").OfType<string>().ToArray();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        AppendRow(sb, header, widths);
        AppendRow(sb, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            AppendRow(sb, row, widths);
        }

        foreach (var result in suite.Results.Where(r => !r.Passed))
        {
            sb.AppendLine();
            sb.Append("FAIL ").Append(result.Scenario).Append(" (").Append(result.File).AppendLine(")");
            foreach (var failure in result.Failures)
            {
                sb.Append("  ").AppendLine(failure.ToString());
                if (failure.History.Rows.Count > 0)
                {
                    sb.AppendLine("    last scans:");
                    sb.Append(failure.History.ToText("      "));
                }
            }
        }

        sb.AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"scenarios: {suite.PassedCount} passed, {suite.FailedCount} failed");
        sb.AppendLine();
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths) =>
        sb.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
