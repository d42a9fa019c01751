using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Tests.Framework;

/// <summary>A verifier whose answer the test chooses; records whether it ran.</summary>
internal sealed class FixedVerifier(string name, int order, VerificationOutcome outcome, params Finding[] findings) : IVerifier
{
    public string Name => name;

    public int Order => order;

    public bool Active { get; init; } = true;

    public bool Throws { get; init; }

    public int Runs { get; private set; }

    public bool IsActive(VerificationContext context) => Active;

    public Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        Runs++;
        if (Throws)
        {
            throw new InvalidOperationException("scenario runner crashed on TON preset overflow");
        }

        return Task.FromResult(new VerifierResult(name, outcome, findings));
    }
}
