using PlcFleet.Agents.Sessions;

namespace PlcFleet.Agents.Tests.Rewrite;

/// <summary>A judge with a fixed answer that remembers the diff it was shown.</summary>
internal sealed class FixedJudge(JudgeDecision decision, params string[] reasons) : IChangeJudge
{
    public JudgeRequest? Seen { get; private set; }

    public Task<JudgeVerdict> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken)
    {
        Seen = request;
        return Task.FromResult(new JudgeVerdict(decision, reasons, []));
    }
}
