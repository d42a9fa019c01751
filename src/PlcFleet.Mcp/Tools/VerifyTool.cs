using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PlcFleet.Mcp.Answers;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Mcp.Tools;

[McpServerToolType]
public sealed class VerifyTool
{
    [McpServerTool(Name = "verify", ReadOnly = true)]
    [Description("Run PlcFleet's verifiers on a changed site workspace, the same ones a PlcFleet agent session must pass " +
        "(compile: syntax, declarations, types; scope: no edits outside the allowed files, no deleted files, no edits to tests or safety configuration, diff ceiling). " +
        "Returns 'verify: OK (...)' or 'verify: FAILED (...)' with one 'verifier RULE file:line: message' line per finding. " +
        "Call it after editing and fix every finding before you finish.")]
    public static async Task<CallToolResult> Verify(
        McpRoot root,
        [Description("The site folder after your change (absolute path).")] string workspace,
        [Description("Optional folder with the code before the change. Omit it to compare with the last git commit of the workspace's repository.")] string? baseline = null,
        [Description("Optional globs of the files the change may touch, e.g. [\"src/**/*.st\"]; omit for the whole workspace.")] string[]? scope = null,
        [Description("Optional globs of files the change must not touch, e.g. [\"**/Lib/**\"].")] string[]? exclude = null,
        CancellationToken cancellationToken = default)
    {
        if (McpPaths.Refusal(root, ref workspace, ref baseline) is { } refusal)
        {
            return ToolAnswer.Failure($"verify: NOT RUN (refused: {refusal})").ToResult();
        }

        var result = await WorkspaceVerification.RunAsync(workspace, baseline, gitRef: null,
            MigrationChangeScope.FromGlobs(scope, exclude), cancellationToken: cancellationToken).ConfigureAwait(false);
        return (result.Report is null
            ? ToolAnswer.Failure($"verify: NOT RUN ({result.Error})")
            : new ToolAnswer(AgentSummaryRenderer.Render(result.Report), result.Report.Outcome != PlcFleet.Verification.Framework.VerificationOutcome.Passed)).ToResult();
    }
}
