using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PlcFleet.Mcp.Answers;
using PlcFleet.Mcp.Safety;
using PlcFleet.Fleet.Workspaces;

namespace PlcFleet.Mcp.Tools;

[McpServerToolType]
public sealed class SafetyCheckTool
{
    [McpServerTool(Name = "safety_check", ReadOnly = true)]
    [Description("Check that a change does not make the machine less safe: e-stops, guards, light curtains and safety outputs still " +
        "evaluated on every scan, no bypass or forcing, no shortened safety timers, no removed discrepancy checks, certified files untouched. " +
        "Compares the workspace with the code before the change. Returns 'safety_check: OK (...)', or one 'RULE file:line: message' line per finding " +
        "with why it matters; restore the old safety logic at those places.")]
    public static CallToolResult SafetyCheck(
        McpRoot root,
        [Description("The site folder after your change (absolute path).")] string workspace,
        [Description("Optional folder with the code before the change. Omit it to compare with the last git commit of the workspace's repository.")] string? baseline = null)
    {
        if (McpPaths.Refusal(root, ref workspace, ref baseline) is { } refusal)
        {
            return ToolAnswer.Failure($"safety_check: NOT RUN (refused: {refusal})").ToResult();
        }

        if (!Directory.Exists(workspace))
        {
            return ToolAnswer.Failure($"safety_check: NOT RUN (workspace folder '{workspace}' does not exist)").ToResult();
        }

        var after = Path.GetFullPath(workspace);
        using var before = BeforeVersion.Resolve(after, baseline, gitRef: null, out var error);
        return (before is null
            ? ToolAnswer.Failure($"safety_check: NOT RUN ({error})")
            : Safety.SafetyCheck.Run(before.Root, after, before.Description)).ToResult();
    }
}
