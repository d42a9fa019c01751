using Microsoft.Extensions.AI;

namespace PlcFleet.Agents.Sessions;

public sealed record JudgeVerdict(JudgeDecision Decision, IReadOnlyList<string> Reasons, IReadOnlyList<string> OutOfScopeHunks)
{
    public bool Approved => Decision == JudgeDecision.Approve;

    public UsageDetails? Usage { get; init; }

    /// <summary>Feedback for the agent's next attempt.</summary>
    public string ToFeedback()
    {
        var lines = new List<string> { "The reviewer rejected the change:" };
        lines.AddRange(Reasons.Select(r => "- " + r));
        if (OutOfScopeHunks.Count > 0)
        {
            lines.Add("Out of scope (undo these):");
            lines.AddRange(OutOfScopeHunks.Select(h => "- " + h));
        }

        lines.Add("Change only what the migration asks for, then stop.");
        return string.Join('\n', lines);
    }
}
