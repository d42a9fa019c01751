using PlcFleet.Agents.Rewrite;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Workspaces;
using PlcFleet.Verification.Framework.Reports;

namespace PlcFleet.Cli.Commands.Agent;

/// <summary>The operator's summary of a session: outcome, branch and diff stat, verification, judge, transcript.</summary>
public static class AgentRunReport
{
    public static void Write(TextWriter output, SessionResult result, SiteWorkspace workspace, string? commit, string transcriptPath, bool judgeConfigured)
    {
        output.WriteLine($"outcome: {Describe(result.Outcome)}{(result.EndReason == SessionEndReason.Finished ? "" : $" ({result.EndReason})")}");
        if (!string.IsNullOrWhiteSpace(result.Message) && result.LastReport is null)
        {
            output.WriteLine($"reason: {result.Message}");
        }

        if (commit is not null)
        {
            output.WriteLine($"branch: {workspace.Branch} (commit {commit[..12]}, based on {workspace.BaseCommit[..12]})");
            output.WriteLine(workspace.DiffStatAgainstBase(commit));
        }
        else
        {
            output.WriteLine("branch: none (nothing committed)");
        }

        if (result.LastReport is { } report)
        {
            output.WriteLine(AgentSummaryRenderer.Render(report));
        }

        if (result.LastVerdict is { } verdict)
        {
            output.WriteLine($"judge: {(verdict.Approved ? "approved" : "vetoed")}{(verdict.Reasons.Count > 0 ? ": " + string.Join("; ", verdict.Reasons) : "")}");
        }

        else if (!judgeConfigured && result.LastReport is not null)
        {
            output.WriteLine(RewriteAgent.JudgeOffNote);
        }

        output.WriteLine($"attempts: {result.Attempts}, turns: {result.Turns}, judge vetoes: {result.JudgeVetoes}, tokens: {result.Usage.InputTokens} in / {result.Usage.OutputTokens} out, {result.Duration.TotalSeconds:0.0} s");
        if (!string.IsNullOrWhiteSpace(result.Debrief))
        {
            output.WriteLine($"debrief: {result.Debrief.ReplaceLineEndings(" ")}");
        }

        output.WriteLine($"transcript: {transcriptPath}");
    }

    private static string Describe(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.ChangedAndVerified => "changed and verified",
        SessionOutcome.NoChangeNeeded => "no change needed",
        SessionOutcome.FailedVerification => "failed verification",
        SessionOutcome.VetoedByJudge => "vetoed by the judge",
        _ => "error",
    };
}
