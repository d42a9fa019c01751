using System.Globalization;
using System.Text;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// A difference's input trace as a scenario file: the inputs at their scan times, warm restarts where the trace has
/// them, and the diverging signal expected at the value the program had before the change. It passes on the old
/// program and fails on the new one, so it can join the site's tests as a regression check.
/// </summary>
public static class CounterexampleScenario
{
    public static string Write(string program, InputTrace trace, Divergence divergence, TimeSpan cycleTime)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"scenario: {divergence.Signal} keeps its behaviour from before the change (counterexample found by plcfleet equiv)").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"program: {program}").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"cycle: {Milliseconds(cycleTime)}").AppendLine();
        sb.AppendLine("steps:");
        foreach (var (start, segment) in trace.Timeline())
        {
            if (segment.Changes.Count == 0 && !segment.WarmRestart)
            {
                continue;
            }

            sb.Append(CultureInfo.InvariantCulture, $"  - at: {Milliseconds(cycleTime * start)}").AppendLine();
            if (segment.WarmRestart)
            {
                sb.AppendLine("    restart: warm");
            }

            if (segment.Changes.Count > 0)
            {
                var changes = segment.Changes.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase).Select(c => $"\"{c.Key}\": {c.Value}");
                sb.Append("    set: { ").Append(string.Join(", ", changes)).AppendLine(" }");
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"  - at: {Milliseconds(cycleTime * divergence.Cycle)}").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"    expect: {{ \"{divergence.Signal}\": {divergence.BeforeValue} }}").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"duration: {Milliseconds(cycleTime * (divergence.Cycle + 1))}").AppendLine();
        return sb.ToString();
    }

    private static string Milliseconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0.###}ms");
}
