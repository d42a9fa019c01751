using System.Diagnostics;
using System.Globalization;
using PlcFleet.Agents.Sessions;
using PlcFleet.Agents.Tools;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// The agent that needs no LLM: applies a migration's match/replace rules on the syntax tree, then runs the same
/// outer loop as the LLM session (every verifier, then the judge when one is configured). Deterministic, so one
/// attempt: a rewrite that fails verification would fail the same way again. Each applied match is recorded as an
/// <c>edit_file</c> call, so <see cref="TranscriptReplayer"/> can replay the change.
/// </summary>
public sealed class RewriteAgent
{
    public const string JudgeOffNote = "judge: off (no LLM configured)";

    public async Task<SessionResult> RunAsync(SessionRequest request, IReadOnlyList<RewriteRule> rules, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var snapshot = request.BaselineRoot is null ? WorkspaceSnapshot.Take(request.WorkspaceRoot) : null;
        var baselineRoot = request.BaselineRoot ?? snapshot!.Root;
        Log(request, new TranscriptEvent
        {
            Type = TranscriptEventType.Session,
            Data = TranscriptWriter.ToJson(new { provider = "rewrite", rules = rules.Select(r => r.Name).ToList(), judge = request.Judge is not null }),
        });

        var result = await RewriteAndVerifyAsync(request, rules, baselineRoot, cancellationToken).ConfigureAwait(false);
        result = result with { Diff = UnifiedDiff.Create(baselineRoot, request.WorkspaceRoot), Duration = clock.Elapsed };
        SessionSteps.LogOutcome(request, result);
        return result;
    }

    private static async Task<SessionResult> RewriteAndVerifyAsync(
        SessionRequest request, IReadOnlyList<RewriteRule> rules, string baselineRoot, CancellationToken cancellationToken)
    {
        var problems = TemplateCompiler.CompileAll(rules, out var templates);
        if (problems.Count > 0)
        {
            return End(SessionOutcome.Error, string.Join("\n", problems), []);
        }

        var scope = request.Scope ?? ChangeScope.Everything;
        var rewrite = WorkspaceRewriter.Rewrite(request.WorkspaceRoot, scope, templates);
        var workspace = new WorkspaceRoot(request.WorkspaceRoot);
        foreach (var (path, text) in rewrite.ChangedFiles)
        {
            var refused = rewrite.ChangedVendorFiles?.TryGetValue(path, out var bytes) == true
                ? workspace.WriteBytes(path, bytes)
                : workspace.WriteText(path, text);
            if (refused is not null)
            {
                return End(SessionOutcome.Error, refused, []);
            }
        }

        LogEdits(request, rewrite);
        var edits = rewrite.Applied.Select(a => a.Edit).ToList();
        var notes = Notes(rewrite);
        if (edits.Count == 0)
        {
            return rewrite.Refused.Count > 0
                ? End(SessionOutcome.Error, "every match was refused:\n" + notes, edits)
                : End(SessionOutcome.NoChangeNeeded, "no rule matched anywhere in scope" + (notes.Length > 0 ? "\n" + notes : ""), edits);
        }

        const int attempt = 1;
        var context = new VerificationContext(request.WorkspaceRoot, baselineRoot, request.Scope, request.Prompt.Migration);
        var (report, summary) = await SessionSteps.VerifyAsync(request, context, attempt, cancellationToken).ConfigureAwait(false);
        var applied = $"{edits.Count} rewrite(s) applied in {rewrite.ChangedFiles.Count} file(s)";
        if (!report.Passed)
        {
            var reason = report.Outcome == VerificationOutcome.Escalate ? SessionEndReason.Escalated : SessionEndReason.Finished;
            return End(SessionOutcome.FailedVerification, $"{applied}; verification failed:\n{summary}", edits, report) with { EndReason = reason };
        }

        if (request.Judge is null)
        {
            Log(request, new TranscriptEvent { Type = TranscriptEventType.JudgeVerdict, Attempt = attempt, Outcome = "Off", Text = JudgeOffNote });
            return End(SessionOutcome.ChangedAndVerified, $"{applied}\n{summary}\n{JudgeOffNote}" + Suffix(notes), edits, report);
        }

        var verdict = await SessionSteps.JudgeAsync(request, baselineRoot, attempt, cancellationToken).ConfigureAwait(false);
        return verdict.Approved
            ? End(SessionOutcome.ChangedAndVerified, $"{applied}\n{summary}" + Suffix(notes), edits, report) with { LastVerdict = verdict }
            : End(SessionOutcome.VetoedByJudge, "the judge vetoed the rewrite: " + string.Join("; ", verdict.Reasons), edits, report)
                with { LastVerdict = verdict, JudgeVetoes = 1 };
    }

    private static SessionResult End(SessionOutcome outcome, string message, IReadOnlyList<FileEdit> edits, VerificationReport? report = null) => new()
    {
        Outcome = outcome,
        Message = message,
        LastReport = report,
        FailedVerifiers = report?.NotPassed.Select(r => r.VerifierName).ToList() ?? [],
        Attempts = 1,
        Edits = edits,
    };

    /// <summary>One edit_file call and its answer per applied match; refused matches are logged as failed calls.</summary>
    private static void LogEdits(SessionRequest request, WorkspaceRewrite rewrite)
    {
        var call = 0;
        foreach (var applied in rewrite.Applied)
        {
            var id = "rewrite-" + (++call).ToString(CultureInfo.InvariantCulture);
            Log(request, new TranscriptEvent
            {
                Type = TranscriptEventType.ToolCall,
                Attempt = 1,
                Tool = EditFileTool.Name,
                CallId = id,
                Arguments = TranscriptWriter.ToJson(new { path = applied.Edit.Path, search = applied.Edit.Search, replace = applied.Edit.Replace, rule = applied.RuleName }),
            });
            Log(request, new TranscriptEvent
            {
                Type = TranscriptEventType.ToolResult,
                Attempt = 1,
                Tool = EditFileTool.Name,
                CallId = id,
                Text = $"edited {applied.Edit.Path}: rule '{applied.RuleName}' at line {applied.Line}",
                IsError = false,
            });
        }

        foreach (var refused in rewrite.Refused)
        {
            var id = "rewrite-" + (++call).ToString(CultureInfo.InvariantCulture);
            Log(request, new TranscriptEvent { Type = TranscriptEventType.ToolCall, Attempt = 1, Tool = EditFileTool.Name, CallId = id, Arguments = TranscriptWriter.ToJson(new { path = refused.Path, rule = refused.RuleName }) });
            Log(request, new TranscriptEvent { Type = TranscriptEventType.ToolResult, Attempt = 1, Tool = EditFileTool.Name, CallId = id, Text = refused.ToString(), IsError = true });
        }
    }

    private static string Notes(WorkspaceRewrite rewrite) => string.Join("\n",
        rewrite.Refused.Select(r => r.ToString())
            .Concat(rewrite.SkippedFiles.Select(f => $"{f}: not rewritten, the file has syntax errors")));

    private static string Suffix(string notes) => notes.Length > 0 ? "\n" + notes : "";

    private static void Log(SessionRequest request, TranscriptEvent entry) => request.Transcript?.Write(entry);
}
