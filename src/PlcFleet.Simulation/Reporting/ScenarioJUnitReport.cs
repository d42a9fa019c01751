using System.Globalization;
using System.Xml.Linq;
using PlcFleet.Simulation.Scenarios;

namespace PlcFleet.Simulation.Reporting;

/// <summary>
/// JUnit XML as CI servers read it: one testsuite per scenario file, one testcase per scenario. Expectation and
/// invariant failures are <c>failure</c>s; a scenario that could not run or a PLC runtime fault is an <c>error</c>.
/// </summary>
public static class ScenarioJUnitReport
{
    public static string Render(ScenarioSuiteResult suite)
    {
        var suites = suite.Results.GroupBy(r => r.File).Select(file => new XElement(
            "testsuite",
            new XAttribute("name", file.Key),
            new XAttribute("tests", file.Count()),
            new XAttribute("failures", file.Count(r => !r.Passed && !IsError(r))),
            new XAttribute("errors", file.Count(IsError)),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(file.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.WallTime))),
            file.Select(TestCase)));
        var root = new XElement(
            "testsuites",
            new XAttribute("name", "PlcFleet scenarios"),
            new XAttribute("tests", suite.Results.Count),
            new XAttribute("failures", suite.Results.Count(r => !r.Passed && !IsError(r))),
            new XAttribute("errors", suite.Results.Count(IsError)),
            new XAttribute("time", Seconds(suite.WallTime)),
            suites);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Declaration + "\n" + root;
    }

    private static bool IsError(ScenarioResult result) =>
        result.Failures.Any(f => f.Kind is ScenarioFailureKind.Setup or ScenarioFailureKind.RuntimeFault);

    private static XElement TestCase(ScenarioResult result)
    {
        var testCase = new XElement(
            "testcase",
            new XAttribute("classname", string.IsNullOrEmpty(result.Program) ? result.File : result.Program),
            new XAttribute("name", result.Scenario),
            new XAttribute("file", result.File),
            new XAttribute("time", Seconds(result.WallTime)));
        if (!result.Passed)
        {
            var first = result.Failures[0];
            var body = string.Join("\n\n", result.Failures.Select(f => f + (f.History.Rows.Count > 0 ? "\n" + f.History.ToText("  ") : string.Empty)));
            testCase.Add(new XElement(
                IsError(result) ? "error" : "failure",
                new XAttribute("message", first.Message),
                new XAttribute("type", first.Kind.ToString()),
                body));
        }

        return testCase;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
