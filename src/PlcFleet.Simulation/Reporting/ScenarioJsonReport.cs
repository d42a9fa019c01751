using System.Text;
using System.Text.Json;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Simulation.Reporting;

/// <summary>Machine-readable results for tools and the verification layer. Times are in milliseconds.</summary>
public static class ScenarioJsonReport
{
    public static string Render(ScenarioSuiteResult suite)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("total", suite.Results.Count);
            json.WriteNumber("passed", suite.PassedCount);
            json.WriteNumber("failed", suite.FailedCount);
            json.WriteStartArray("scenarios");
            foreach (var result in suite.Results)
            {
                WriteResult(json, result);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteResult(Utf8JsonWriter json, ScenarioResult result)
    {
        json.WriteStartObject();
        json.WriteString("scenario", result.Scenario);
        json.WriteString("file", result.File);
        json.WriteString("program", result.Program);
        json.WriteBoolean("passed", result.Passed);
        json.WriteNumber("cycles", result.CyclesRun);
        json.WriteNumber("simulatedMs", result.SimulatedTime.TotalMilliseconds);
        if (result.Fault is { } fault)
        {
            json.WriteStartObject("fault");
            json.WriteString("kind", fault.Kind.ToString());
            json.WriteString("message", fault.Message);
            json.WriteString("location", fault.Location?.ToString());
            json.WriteNumber("cycle", fault.Cycle);
            json.WriteEndObject();
        }

        json.WriteStartArray("failures");
        foreach (var failure in result.Failures)
        {
            json.WriteStartObject();
            json.WriteString("kind", failure.Kind.ToString());
            json.WriteString("location", failure.Location);
            json.WriteString("message", failure.Message);
            WriteOptional(json, "signal", failure.Signal);
            WriteOptional(json, "expected", failure.Expected);
            WriteOptional(json, "actual", failure.Actual);
            if (failure.Cycle is { } cycle)
            {
                json.WriteNumber("cycle", cycle);
            }

            if (failure.Time is { } time)
            {
                json.WriteNumber("timeMs", time.TotalMilliseconds);
            }

            WriteHistory(json, failure.History);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteHistory(Utf8JsonWriter json, SignalTable history)
    {
        json.WriteStartObject("history");
        json.WriteStartArray("signals");
        foreach (var signal in history.Signals)
        {
            json.WriteStringValue(signal);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in history.Rows)
        {
            json.WriteStartObject();
            json.WriteNumber("cycle", row.Cycle);
            json.WriteNumber("timeMs", row.Time.TotalMilliseconds);
            json.WriteStartArray("values");
            foreach (var value in row.Values)
            {
                json.WriteStringValue(value.ToString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
