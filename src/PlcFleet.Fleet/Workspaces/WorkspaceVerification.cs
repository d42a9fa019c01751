using PlcFleet.Verification;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Fleet.Workspaces;

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
        using var before = BeforeVersion.Resolve(workspace, baseline, gitRef, out var error);
        if (before is null)
        {
            return WorkspaceCheckResult.Failed(error ?? $"no baseline for {workspace}");
        }

        var report = await SiteVerifiers.Runner()
            .RunAsync(new VerificationContext(workspace, before.Root, scope, migrationPrompt), cancellationToken)
            .ConfigureAwait(false);
        return new WorkspaceCheckResult(report, null, before.Description);
    }
}
