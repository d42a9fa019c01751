using FsCheck;
using FsCheck.Xunit;
using PlcFleet.Fleet.Audit;

namespace PlcFleet.Fleet.Tests.Audit;

public sealed class AuditChainProperties
{
    private static (AuditTrail Trail, InMemoryAuditLog Log) Chain(NonEmptyArray<NonEmptyString> subjects)
    {
        var log = new InMemoryAuditLog();
        var trail = new AuditTrail(log);
        foreach (var subject in subjects.Get)
        {
            trail.AppendAsync("orchestrator", "site.state", subject.Get, new { site = subject.Get }).GetAwaiter().GetResult();
        }

        return (trail, log);
    }

    [Property]
    public bool Untouched_chain_verifies(NonEmptyArray<NonEmptyString> subjects) =>
        Chain(subjects).Trail.VerifyAsync().GetAwaiter().GetResult().IsValid;

    [Property]
    public bool Any_edited_subject_is_found_at_its_sequence(NonEmptyArray<NonEmptyString> subjects, NonNegativeInt index, NonEmptyString replacement)
    {
        var (trail, log) = Chain(subjects);
        var i = index.Get % log.Records.Count;
        if (log.Records[i].Subject == replacement.Get)
        {
            return true;
        }

        log.Records[i] = log.Records[i] with { Subject = replacement.Get };
        var first = trail.VerifyAsync().GetAwaiter().GetResult().FirstProblem;
        return first is { Kind: AuditProblemKind.Edited } && first.Sequence == i + 1;
    }

    [Property]
    public bool Any_removed_record_but_the_last_is_found(NonEmptyArray<NonEmptyString> subjects, NonNegativeInt index)
    {
        var (trail, log) = Chain(subjects);
        if (log.Records.Count < 2)
        {
            return true;
        }

        var i = index.Get % (log.Records.Count - 1);
        log.Records.RemoveAt(i);
        var first = trail.VerifyAsync().GetAwaiter().GetResult().FirstProblem;
        return first is { Kind: AuditProblemKind.Missing } && first.Sequence == i + 1;
    }
}
