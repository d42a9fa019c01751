using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlcFleet.Verification.Framework.Reports;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools and IDEs: one run per verifier (the verifier is the tool),
/// results with ruleId, level and a physical location (uri + region) when the finding has one.
/// </summary>
public static class SarifReportRenderer
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Render(VerificationReport report, string toolVersion = "0.1.0")
    {
        var runs = new JsonArray();
        foreach (var result in report.Results)
        {
            runs.Add(RenderRun(result, toolVersion));
        }

        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = runs,
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject RenderRun(VerifierResult result, string toolVersion)
    {
        var rules = new JsonArray();
        foreach (var ruleId in result.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal))
        {
            rules.Add(new JsonObject { ["id"] = ruleId });
        }

        var results = new JsonArray();
        foreach (var finding in result.Findings)
        {
            results.Add(RenderResult(finding));
        }

        return new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = $"plcfleet-{result.VerifierName}",
                    ["version"] = toolVersion,
                    ["informationUri"] = "https://github.com/plcfleet/plcfleet",
                    ["rules"] = rules,
                },
            },
            ["invocations"] = new JsonArray(new JsonObject { ["executionSuccessful"] = true }),
            ["results"] = results,
            ["properties"] = new JsonObject { ["outcome"] = result.Outcome.ToString() },
        };
    }

    private static JsonObject RenderResult(Finding finding)
    {
        var message = finding.Explanation is null ? finding.Message : $"{finding.Message} {finding.Explanation}";
        var sarifResult = new JsonObject
        {
            ["ruleId"] = finding.RuleId,
            ["level"] = Level(finding.Severity),
            ["message"] = new JsonObject { ["text"] = message },
        };
        if (finding.File.Length > 0)
        {
            var physical = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = Uri.EscapeDataString(finding.File).Replace("%2F", "/", StringComparison.Ordinal) },
            };
            if (finding.Line > 0)
            {
                physical["region"] = new JsonObject
                {
                    ["startLine"] = finding.Line,
                    ["startColumn"] = Math.Max(1, finding.Column),
                };
            }

            sarifResult["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical });
        }

        return sarifResult;
    }

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };
}
