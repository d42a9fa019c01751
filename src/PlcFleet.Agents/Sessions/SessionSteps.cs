using System.Diagnostics;
using System.Text.Json;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Sessions;

/// <summary>
/// The outer-loop steps every agent kind shares (the LLM session and the structural rewrite): run all verifiers,
/// ask the judge, record the outcome, each written to the transcript the same way.
/// </summary>
internal static class SessionSteps
{
    public static async Task<(VerificationReport Report, string Summary)> VerifyAsync(
        SessionRequest request, VerificationContext context, int attempt, CancellationToken cancellationToken)
    {
        var report = await request.Runner.RunAsync(context, cancellationToken).ConfigureAwait(false);
        var summary = AgentSummaryRenderer.Render(report);
        request.Transcript?.Write(new TranscriptEvent
        {
            Type = TranscriptEventType.Verification,
            Attempt = attempt,
            Outcome = report.Outcome.ToString(),
            Text = summary,
            DurationMs = report.Duration.TotalMilliseconds,
            Data = JsonDocument.Parse(JsonReportRenderer.Render(report)).RootElement.Clone(),
        });
        return (report, summary);
    }

    public static async Task<JudgeVerdict> JudgeAsync(SessionRequest request, string baselineRoot, int attempt, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var diff = UnifiedDiff.Create(baselineRoot, request.WorkspaceRoot);
        var verdict = await request.Judge!.JudgeAsync(new JudgeRequest(request.Prompt.Migration, diff), cancellationToken).ConfigureAwait(false);
        request.Transcript?.Write(new TranscriptEvent
        {
            Type = TranscriptEventType.JudgeVerdict,
            Attempt = attempt,
            Outcome = verdict.Decision.ToString(),
            Text = string.Join("; ", verdict.Reasons),
            DurationMs = watch.Elapsed.TotalMilliseconds,
            InputTokens = verdict.Usage?.InputTokenCount,
            OutputTokens = verdict.Usage?.OutputTokenCount,
            Data = TranscriptWriter.ToJson(new { out_of_scope_hunks = verdict.OutOfScopeHunks }),
        });
        return verdict;
    }

    public static void LogOutcome(SessionRequest request, SessionResult result) =>
        request.Transcript?.Write(new TranscriptEvent
        {
            Type = TranscriptEventType.Outcome,
            Outcome = result.Outcome.ToString(),
            Text = result.Message,
            InputTokens = result.Usage.InputTokens,
            OutputTokens = result.Usage.OutputTokens,
            DurationMs = result.Duration.TotalMilliseconds,
            Data = TranscriptWriter.ToJson(new
            {
                end_reason = result.EndReason.ToString(),
                result.Attempts,
                result.Turns,
                estimated_cost = result.EstimatedCost,
                judge_vetoes = result.JudgeVetoes,
                recovered_after_veto = result.RecoveredAfterVeto,
                failed_verifiers = result.FailedVerifiers,
            }),
        });
}
