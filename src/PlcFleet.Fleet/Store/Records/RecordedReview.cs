namespace PlcFleet.Fleet.Store.Records;

/// <summary>A review as written, with its change request as it stands after the same transaction.</summary>
public sealed record RecordedReview(ReviewRecord Review, ChangeRequestRecord ChangeRequest);
