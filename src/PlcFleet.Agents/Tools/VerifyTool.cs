using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Agents.Tools;

/// <summary><c>verify()</c>: runs every active verifier and answers with the short agent summary.</summary>
public sealed class VerifyTool(VerificationRunner runner, VerificationContext context)
{
    public const string Name = "verify";
    public const string Description = "Check the current workspace (compile, safety, tests, scope). Answers OK or the problems as verifier RULE file:line: message.";

    public VerificationReport? LastReport { get; private set; }

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        LastReport = await runner.RunAsync(context, cancellationToken).ConfigureAwait(false);
        return AgentSummaryRenderer.Render(LastReport);
    }
}
