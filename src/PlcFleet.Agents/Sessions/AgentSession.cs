using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Tools;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Framework.Reports;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Agents.Sessions;

/// <summary>
/// The agent loop, mini-swe-agent style: we call the model, run the tool calls it asks for, append the answers,
/// and repeat; when it stops calling tools every verifier and then the judge decide. Failures go back as feedback
/// for the next attempt. All limits are ours, and every step goes to the transcript.
/// </summary>
public sealed class AgentSession(IChatClient client, ProviderSettings settings, SecretRedactor? redactor = null)
{
    private readonly IChatClient client = client;
    private readonly ProviderSettings settings = settings;
    private readonly SecretRedactor redactor = redactor ?? SecretRedactor.None;

    public AgentSession(ProviderConnection connection)
        : this(connection.Client, connection.Settings, connection.Redactor)
    {
    }

    public async Task<SessionResult> RunAsync(SessionRequest request, CancellationToken cancellationToken = default)
    {
        using var snapshot = request.BaselineRoot is null ? WorkspaceSnapshot.Take(request.WorkspaceRoot) : null;
        var run = new Run(this, request, request.BaselineRoot ?? snapshot!.Root);
        using var wall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wall.CancelAfter(request.Limits.MaxWallTime);
        SessionResult result;
        try
        {
            result = await run.ExecuteAsync(wall.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (wall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            result = run.End(SessionOutcome.Error, SessionEndReason.TimeLimit, $"wall-time limit of {request.Limits.MaxWallTime} reached");
        }
        catch (LlmProviderException ex)
        {
            result = run.End(SessionOutcome.Error, SessionEndReason.ProviderError, this.redactor.Redact(ex.Message));
        }

        if (request.AskForDebrief && result.EndReason is not (SessionEndReason.ProviderError or SessionEndReason.TokenLimit
                or SessionEndReason.CostLimit or SessionEndReason.TimeLimit))
        {
            var debrief = await run.DebriefAsync(cancellationToken).ConfigureAwait(false);
            result = result with { Debrief = debrief, Usage = run.Usage, EstimatedCost = run.Usage.EstimatedCost(settings) };
        }

        SessionSteps.LogOutcome(request, result);
        return result;
    }

    /// <summary>The state of one session run.</summary>
    private sealed class Run
    {
        private readonly AgentSession owner;
        private readonly SessionRequest request;
        private readonly string baselineRoot;
        private readonly VerificationContext context;
        private readonly AgentToolbox toolbox;
        private readonly List<ChatMessage> messages = [];
        private readonly ChatOptions options;
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TokenUsage usage = TokenUsage.Zero;

        public TokenUsage Usage => usage;
        private int attempt;
        private int turns;
        private int vetoes;
        private VerificationReport? lastReport;
        private JudgeVerdict? lastVerdict;

        public Run(AgentSession owner, SessionRequest request, string baselineRoot)
        {
            this.owner = owner;
            this.request = request;
            this.baselineRoot = baselineRoot;
            context = new VerificationContext(request.WorkspaceRoot, baselineRoot, request.Scope, request.Prompt.Migration);
            toolbox = new AgentToolbox(context, request.Runner);
            options = new ChatOptions { Tools = [.. toolbox.Tools], MaxOutputTokens = owner.settings.MaxOutputTokens, Temperature = 0 };
        }

        public async Task<SessionResult> ExecuteAsync(CancellationToken cancellationToken)
        {
            Log(new TranscriptEvent
            {
                Type = TranscriptEventType.Session,
                Data = TranscriptWriter.ToJson(new
                {
                    provider = owner.settings.Kind.ToString(),
                    model = owner.settings.Model,
                    prompt_version = SystemPrompt.Version,
                    limits = request.Limits,
                }),
            });
            Say(ChatRole.System, SystemPrompt.Text, TranscriptEventType.System);
            Say(ChatRole.User, request.Prompt.ToUserMessage(), TranscriptEventType.User);

            for (attempt = 1; attempt <= request.Limits.MaxAttempts; attempt++)
            {
                var ended = await AgentTurnsAsync(cancellationToken).ConfigureAwait(false);
                if (ended is not null)
                {
                    return ended;
                }

                if (WorkspaceComparer.Compare(baselineRoot, request.WorkspaceRoot).Count == 0)
                {
                    return End(SessionOutcome.NoChangeNeeded, SessionEndReason.Finished, "the agent made no change");
                }

                (lastReport, var summary) = await SessionSteps.VerifyAsync(request, context, attempt, cancellationToken).ConfigureAwait(false);

                if (lastReport.Outcome == VerificationOutcome.Escalate)
                {
                    // The agent cannot fix what a verifier could not decide: a human looks at it.
                    return End(SessionOutcome.FailedVerification, SessionEndReason.Escalated, summary);
                }

                if (!lastReport.Passed)
                {
                    if (attempt == request.Limits.MaxAttempts)
                    {
                        return End(SessionOutcome.FailedVerification, SessionEndReason.AttemptLimit, summary);
                    }

                    Say(ChatRole.User, $"Your change does not pass verification yet:\n{summary}\nFix the code (not the tests), call verify, then stop.", TranscriptEventType.User);
                    continue;
                }

                if (request.Judge is null)
                {
                    return End(SessionOutcome.ChangedAndVerified, SessionEndReason.Finished, summary);
                }

                lastVerdict = await JudgeAsync(cancellationToken).ConfigureAwait(false);
                if (lastVerdict.Approved)
                {
                    return End(SessionOutcome.ChangedAndVerified, SessionEndReason.Finished, summary);
                }

                vetoes++;
                if (attempt == request.Limits.MaxAttempts)
                {
                    return End(SessionOutcome.VetoedByJudge, SessionEndReason.AttemptLimit, string.Join("; ", lastVerdict.Reasons));
                }

                Say(ChatRole.User, lastVerdict.ToFeedback(), TranscriptEventType.User);
            }

            return End(SessionOutcome.Error, SessionEndReason.AttemptLimit, "no attempt left");
        }

        /// <summary>Runs model turns until the model stops calling tools (null) or a limit ends the session.</summary>
        private async Task<SessionResult?> AgentTurnsAsync(CancellationToken cancellationToken)
        {
            var loops = new LoopDetector(request.Limits.LoopThreshold);
            for (var turn = 1; ; turn++)
            {
                if (turn > request.Limits.MaxTurnsPerAttempt)
                {
                    return End(SessionOutcome.Error, SessionEndReason.TurnLimit, $"turn limit of {request.Limits.MaxTurnsPerAttempt} per attempt reached");
                }

                if (LimitReached() is { } limit)
                {
                    return limit;
                }

                turns++;
                var watch = Stopwatch.StartNew();
                var response = await owner.client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
                usage = usage.Add(response.Usage);
                messages.AddRange(response.Messages);
                var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
                Log(new TranscriptEvent
                {
                    Type = TranscriptEventType.Assistant,
                    Attempt = attempt,
                    Turn = turn,
                    Text = response.Text,
                    DurationMs = watch.Elapsed.TotalMilliseconds,
                    InputTokens = response.Usage?.InputTokenCount,
                    OutputTokens = response.Usage?.OutputTokenCount,
                    Outcome = response.FinishReason?.Value,
                });

                if (calls.Count == 0)
                {
                    return null;
                }

                var results = new List<AIContent>();
                var looped = false;
                foreach (var call in calls)
                {
                    var arguments = JsonSerializer.Serialize(call.Arguments ?? new Dictionary<string, object?>(), AIJsonUtilities.DefaultOptions);
                    // Arguments far over the edit limit are refused by the tool; they are neither recorded nor re-sent on every later turn.
                    var argumentLimit = (2L * toolbox.Guard.Workspace.Limits.MaxEditChars) + 4096;
                    var oversized = arguments.Length > argumentLimit;
                    var logged = oversized ? JsonSerializer.Serialize(new { clipped = $"{arguments.Length} characters of arguments, over the limit of {argumentLimit}" }) : arguments;
                    Log(new TranscriptEvent
                    {
                        Type = TranscriptEventType.ToolCall,
                        Attempt = attempt,
                        Turn = turn,
                        Tool = call.Name,
                        CallId = call.CallId,
                        Arguments = JsonDocument.Parse(logged).RootElement.Clone(),
                    });
                    var editsBefore = toolbox.Editor.Applied.Count;
                    var toolWatch = Stopwatch.StartNew();
                    var answer = await toolbox.InvokeAsync(call, cancellationToken).ConfigureAwait(false);
                    var changed = toolbox.Editor.Applied.Count > editsBefore;
                    Log(new TranscriptEvent
                    {
                        Type = TranscriptEventType.ToolResult,
                        Attempt = attempt,
                        Turn = turn,
                        Tool = call.Name,
                        CallId = call.CallId,
                        Text = answer,
                        IsError = ToolText.IsError(answer),
                        DurationMs = toolWatch.Elapsed.TotalMilliseconds,
                    });
                    if (oversized)
                    {
                        call.Arguments = new Dictionary<string, object?> { ["clipped"] = $"{arguments.Length} characters, over the limit; not repeated" };
                    }

                    results.Add(new FunctionResultContent(call.CallId, answer));
                    looped |= loops.Observe(call.Name, arguments, answer, changed);
                }

                messages.Add(new ChatMessage(ChatRole.Tool, results));
                if (looped)
                {
                    return End(SessionOutcome.Error, SessionEndReason.Loop,
                        $"the agent repeated the same tool call {request.Limits.LoopThreshold} times without progress");
                }
            }
        }

        private SessionResult? LimitReached()
        {
            if (usage.TotalTokens >= request.Limits.MaxTokens)
            {
                return End(SessionOutcome.Error, SessionEndReason.TokenLimit, $"token limit of {request.Limits.MaxTokens} reached ({usage.TotalTokens} used)");
            }

            if (request.Limits.MaxCost is { } maxCost && usage.EstimatedCost(owner.settings) >= maxCost)
            {
                return End(SessionOutcome.Error, SessionEndReason.CostLimit, $"cost limit of {maxCost} reached");
            }

            return clock.Elapsed >= request.Limits.MaxWallTime
                ? End(SessionOutcome.Error, SessionEndReason.TimeLimit, $"wall-time limit of {request.Limits.MaxWallTime} reached")
                : null;
        }

        private async Task<JudgeVerdict> JudgeAsync(CancellationToken cancellationToken)
        {
            var verdict = await SessionSteps.JudgeAsync(request, baselineRoot, attempt, cancellationToken).ConfigureAwait(false);
            if (verdict.Usage is not null)
            {
                usage = usage.Add(verdict.Usage);
            }

            return verdict;
        }

        public async Task<string?> DebriefAsync(CancellationToken cancellationToken)
        {
            try
            {
                Say(ChatRole.User, SystemPrompt.Debrief, TranscriptEventType.User);
                var watch = Stopwatch.StartNew();
                var response = await owner.client.GetResponseAsync(messages, DebriefOptions(), cancellationToken).ConfigureAwait(false);
                usage = usage.Add(response.Usage);
                Log(new TranscriptEvent
                {
                    Type = TranscriptEventType.Debrief,
                    Text = response.Text,
                    DurationMs = watch.Elapsed.TotalMilliseconds,
                    InputTokens = response.Usage?.InputTokenCount,
                    OutputTokens = response.Usage?.OutputTokenCount,
                });
                return response.Text;
            }
            catch (LlmProviderException ex)
            {
                Log(new TranscriptEvent { Type = TranscriptEventType.Debrief, IsError = true, Text = owner.redactor.Redact(ex.Message) });
                return null;
            }
        }

        private ChatOptions DebriefOptions()
        {
            // Tools stay declared (Anthropic needs them when the history holds tool calls) but may not be used.
            var debrief = options.Clone();
            debrief.ToolMode = ChatToolMode.None;
            return debrief;
        }

        public SessionResult End(SessionOutcome outcome, SessionEndReason reason, string message) => new()
        {
            Outcome = outcome,
            EndReason = reason,
            Message = owner.redactor.Redact(message),
            FailedVerifiers = lastReport?.NotPassed.Select(r => r.VerifierName).ToList() ?? [],
            LastReport = lastReport,
            LastVerdict = lastVerdict,
            Attempts = Math.Min(Math.Max(attempt, 1), request.Limits.MaxAttempts),
            Turns = turns,
            Usage = usage,
            EstimatedCost = usage.EstimatedCost(owner.settings),
            JudgeVetoes = vetoes,
            RecoveredAfterVeto = vetoes > 0 && outcome == SessionOutcome.ChangedAndVerified,
            Edits = [.. toolbox.Editor.Applied],
            Diff = UnifiedDiff.Create(baselineRoot, request.WorkspaceRoot),
            Duration = clock.Elapsed,
        };

        public void Log(TranscriptEvent entry) => request.Transcript?.Write(entry);

        private void Say(ChatRole role, string text, string type)
        {
            messages.Add(new ChatMessage(role, text));
            Log(new TranscriptEvent { Type = type, Attempt = attempt == 0 ? null : attempt, Text = text });
        }
    }
}
