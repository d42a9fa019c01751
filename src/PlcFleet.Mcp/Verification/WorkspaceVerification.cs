using PlcFleet.Verification;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Mcp.Verification;

/// <summary>
/// Verifies a site folder against its "before": a baseline folder when one is given, otherwise the committed
/// state of its git repository (<paramref name="gitRef"/>, HEAD by default) in a temporary worktree.
/// </summary>
public static class WorkspaceVerification
{
    public static async Task<WorkspaceCheckResult> RunAsync(
        string workspace,
        string? baseline,
        string? gitRef,
        ChangeScope scope,
        string migrationPrompt = "",
        CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(workspace))
        {
            return WorkspaceCheckResult.Failed($"workspace folder '{workspace}' does not exist");
        }

        workspace = Path.GetFullPath(workspace);
        if (baseline is not null)
        {
            if (!Directory.Exists(baseline))
            {
                return WorkspaceCheckResult.Failed($"baseline folder '{baseline}' does not exist");
            }

            var report = await RunAsync(workspace, Path.GetFullPath(baseline), scope, migrationPrompt, cancellationToken).ConfigureAwait(false);
            return new WorkspaceCheckResult(report, null, baseline);
        }

        var reference = string.IsNullOrWhiteSpace(gitRef) ? "HEAD" : gitRef;
        using var committed = GitBaseline.TryCreate(workspace, reference, out var error);
        if (committed is null)
        {
            return WorkspaceCheckResult.Failed(error ?? $"no baseline for {workspace}");
        }

        var checkedReport = await RunAsync(workspace, committed.Root, scope, migrationPrompt, cancellationToken).ConfigureAwait(false);
        return new WorkspaceCheckResult(checkedReport, null, "git " + reference);
    }

    private static Task<VerificationReport> RunAsync(string workspace, string baseline, ChangeScope scope, string prompt, CancellationToken cancellationToken) =>
        SiteVerifiers.Runner().RunAsync(new VerificationContext(workspace, baseline, scope, prompt), cancellationToken);
}
