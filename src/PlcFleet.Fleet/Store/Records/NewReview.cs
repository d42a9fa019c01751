namespace PlcFleet.Fleet.Store.Records;

/// <summary>A verdict on a change request; <see cref="CommitSha"/> is the exact commit the reviewer looked at.</summary>
public sealed record NewReview(long ChangeRequestId, string UserName, ReviewVerdict Verdict, string Comment, string CommitSha);
