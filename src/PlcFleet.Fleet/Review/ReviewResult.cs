using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Review;

/// <summary>The outcome of an approve or reject: refused with a reason, or recorded with the change request's new standing.</summary>
public sealed record ReviewResult(ReviewRefusal? Refusal, ChangeRequestRecord? ChangeRequest, ApprovalStatus? Status)
{
    public bool Succeeded => Refusal is null;

    public static ReviewResult Refused(string reason) => new(new ReviewRefusal(reason), null, null);
}
