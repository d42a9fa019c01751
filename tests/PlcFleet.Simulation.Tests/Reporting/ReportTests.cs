using System.Text.Json;
using System.Xml.Linq;
using PlcFleet.Simulation.Reporting;

namespace PlcFleet.Simulation.Tests.Reporting;

public sealed class ReportTests
{
    [Fact]
    public void Text_report_has_a_summary_table_failures_with_history_and_a_count_line()
    {
        var text = ScenarioTextReport.Render(ReportSamples.Suite());
        const string expected = """
            result  scenario                      program       cycles  sim time
            ------  ----------------------------  ------------  ------  --------
            PASS    Start and stop                PRG_Conveyor  31      310ms
            FAIL    E-stop drops the motor        PRG_Conveyor  24      240ms
            FAIL    Batch size <zero> & "quotes"  PRG_Batch     3       30ms

            FAIL E-stop drops the motor (conveyor.scenario.yaml)
              conveyor.scenario.yaml:19:12: invariant violated at 200ms (cycle 20): never: Motor_Run AND NOT EStop_OK is TRUE (Motor_Run = TRUE, EStop_OK = FALSE)
                last scans:
                  cycle  time   Motor_Run  EStop_OK
                  19     190ms  TRUE       TRUE
                  20     200ms  TRUE       FALSE

            FAIL Batch size <zero> & "quotes" (batch.scenario.yaml)
              batch.st:14:31: runtime fault DivisionByZero in cycle 3 (30ms): division by zero

            scenarios: 1 passed, 2 failed

            """;
        Assert.Equal(expected.ReplaceLineEndings(), text.ReplaceLineEndings());
    }

    [Fact]
    public void Json_report_carries_every_field_of_a_failure()
    {
        using var document = JsonDocument.Parse(ScenarioJsonReport.Render(ReportSamples.Suite()));
        var root = document.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("passed").GetInt32());
        Assert.Equal(2, root.GetProperty("failed").GetInt32());
        var failure = root.GetProperty("scenarios")[1].GetProperty("failures")[0];
        Assert.Equal("Invariant", failure.GetProperty("kind").GetString());
        Assert.Equal("conveyor.scenario.yaml:19:12", failure.GetProperty("location").GetString());
        Assert.Equal("FALSE", failure.GetProperty("expected").GetString());
        Assert.Equal("TRUE", failure.GetProperty("actual").GetString());
        Assert.Equal(20, failure.GetProperty("cycle").GetInt64());
        Assert.Equal(200, failure.GetProperty("timeMs").GetDouble());
        Assert.Equal("EStop_OK", failure.GetProperty("history").GetProperty("signals")[1].GetString());
        Assert.Equal("FALSE", failure.GetProperty("history").GetProperty("rows")[1].GetProperty("values")[1].GetString());
        var fault = root.GetProperty("scenarios")[2].GetProperty("fault");
        Assert.Equal("DivisionByZero", fault.GetProperty("kind").GetString());
        Assert.Equal("batch.st:14:31", fault.GetProperty("location").GetString());
    }

    [Fact]
    public void JUnit_report_has_the_shape_CI_servers_read()
    {
        var xml = ScenarioJUnitReport.Render(ReportSamples.Suite());
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", xml, StringComparison.Ordinal);
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal(("3", "1", "1"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!, (string)root.Attribute("errors")!));
        var suites = root.Elements("testsuite").ToList();
        Assert.Equal(["conveyor.scenario.yaml", "batch.scenario.yaml"], suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal("0.010", (string)suites[0].Attribute("time")!);
        var cases = suites[0].Elements("testcase").ToList();
        Assert.Empty(cases[0].Elements());
        var failure = Assert.Single(cases[1].Elements("failure"));
        Assert.Equal("Invariant", (string)failure.Attribute("type")!);
        Assert.Contains("20     200ms  TRUE       FALSE", failure.Value, StringComparison.Ordinal);
        var error = Assert.Single(suites[1].Element("testcase")!.Elements("error"));
        Assert.Equal("RuntimeFault", (string)error.Attribute("type")!);
        Assert.Equal("Batch size <zero> & \"quotes\"", (string)suites[1].Element("testcase")!.Attribute("name")!);
        Assert.Contains("&lt;zero&gt; &amp;", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_green_run_says_so()
    {
        var suite = new Simulation.Scenarios.ScenarioSuiteResult([ReportSamples.Suite().Results[0]]);
        Assert.EndsWith("scenarios: 1 passed, 0 failed\n", ScenarioTextReport.Render(suite).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal("0", (string)XDocument.Parse(ScenarioJUnitReport.Render(suite)).Root!.Attribute("failures")!);
    }
}
