using Microsoft.Extensions.AI;

namespace PlcFleet.Agents.Sessions;

/// <summary>
/// Compares the diff with the migration prompt and asks the PLC safety questions. Forcing/bypass and unasked
/// safety or certified-module changes are rejected by our code even if the model approves; an unreadable
/// answer is a rejection (unknown is not safe).
/// </summary>
public sealed class LlmChangeJudge(IChatClient client) : IChangeJudge
{
    public const string Instructions = """
        You review a change to PLC code (IEC 61131-3 Structured Text) made for a migration. You see the migration prompt and the diff only.
        Approve only if the diff does what the migration asks and nothing else. Answer these questions:
        1. Were safety elements changed that the migration did not ask for (e-stop, guard, light curtain, safety interlocks, safety POUs or variables)?
        2. Were safety-certified modules touched?
        3. Were timings changed (timer presets such as PT := T#..., delays, watchdogs)? Say whether the migration asked for it.
        4. Was forcing, a bypass, a jumper, a simulation override or a permanently TRUE interlock added?
        List every hunk that is outside the migration's scope (file and a short quote), and give short reasons.
        """;

    public async Task<JudgeVerdict> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        List<ChatMessage> messages =
        [
            new(ChatRole.System, Instructions),
            new(ChatRole.User, $"# Migration prompt\n{request.MigrationPrompt}\n\n# Diff\n```diff\n{request.Diff}\n```"),
        ];
        var response = await client.GetResponseAsync<JudgeAnswer>(messages, new ChatOptions { Temperature = 0 }, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!response.TryGetResult(out var answer) || answer is null)
        {
            return new JudgeVerdict(JudgeDecision.Reject, ["the judge's answer could not be read; a human must review"], []) { Usage = response.Usage };
        }

        return ToVerdict(answer) with { Usage = response.Usage };
    }

    public static JudgeVerdict ToVerdict(JudgeAnswer answer)
    {
        var reasons = answer.Reasons.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        var approve = string.Equals(answer.Decision.Trim(), "approve", StringComparison.OrdinalIgnoreCase);
        if (answer.ForcingOrBypassAdded)
        {
            approve = false;
            reasons.Add("forcing or a bypass was added");
        }

        if (answer.SafetyElementsChangedUnasked)
        {
            approve = false;
            reasons.Add("safety elements were changed without being asked");
        }

        if (answer.CertifiedModulesTouched)
        {
            approve = false;
            reasons.Add("a safety-certified module was touched");
        }

        if (!approve && reasons.Count == 0)
        {
            reasons.Add("the change does not match the migration");
        }

        return new JudgeVerdict(approve ? JudgeDecision.Approve : JudgeDecision.Reject, reasons, answer.OutOfScopeHunks);
    }
}
