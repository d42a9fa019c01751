using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Tools;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Sessions;

public sealed record SessionResult
{
    public required SessionOutcome Outcome { get; init; }

    public SessionEndReason EndReason { get; init; } = SessionEndReason.Finished;

    /// <summary>Operator-facing, redacted.</summary>
    public string? Message { get; init; }

    public IReadOnlyList<string> FailedVerifiers { get; init; } = [];

    public VerificationReport? LastReport { get; init; }

    public JudgeVerdict? LastVerdict { get; init; }

    public int Attempts { get; init; }

    public int Turns { get; init; }

    public TokenUsage Usage { get; init; } = TokenUsage.Zero;

    public decimal EstimatedCost { get; init; }

    public int JudgeVetoes { get; init; }

    /// <summary>True when the judge vetoed at least once and the session still ended changed and verified.</summary>
    public bool RecoveredAfterVeto { get; init; }

    public IReadOnlyList<FileEdit> Edits { get; init; } = [];

    public string Diff { get; init; } = "";

    public string? Debrief { get; init; }

    public TimeSpan Duration { get; init; }
}
