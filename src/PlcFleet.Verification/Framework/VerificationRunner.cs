using System.Diagnostics;

namespace PlcFleet.Verification.Framework;

/// <summary>
/// Runs every active verifier in <see cref="IVerifier.Order"/> and collects one report. A verifier that throws
/// is a verifier that could not decide: its result is Escalate, never Passed.
/// </summary>
public sealed class VerificationRunner
{
    private readonly IReadOnlyList<IVerifier> verifiers;

    public VerificationRunner(IEnumerable<IVerifier> verifiers)
    {
        this.verifiers = verifiers.OrderBy(v => v.Order).ThenBy(v => v.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<IVerifier> Verifiers => verifiers;

    public IReadOnlyList<IVerifier> ActiveVerifiers(VerificationContext context) =>
        verifiers.Where(v => v.IsActive(context)).ToList();

    public async Task<VerificationReport> RunAsync(VerificationContext context, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();

        // One load of each version per run, shared by the verifiers; the agent may have edited the files since the last run.
        context = context.ReadAgain();
        var results = new List<VerifierResult>();
        foreach (var verifier in ActiveVerifiers(context))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            VerifierResult result;
            try
            {
                result = await verifier.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                result = VerifierResult.Escalate(verifier.Name,
                [
                    new Finding("VERIFIER-ERROR", FindingSeverity.Error, "", 0, 0,
                        $"the {verifier.Name} verifier could not finish; a human must check this change",
                        ex.Message),
                ]);
            }

            results.Add(result with { VerifierName = verifier.Name, Duration = watch.Elapsed });
        }

        return new VerificationReport(results, total.Elapsed);
    }
}
