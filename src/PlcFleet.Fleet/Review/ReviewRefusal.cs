namespace PlcFleet.Fleet.Review;

/// <summary>Why a review action was refused; shown to the person as it is, never as a stack trace.</summary>
public sealed record ReviewRefusal(string Reason)
{
    public override string ToString() => Reason;
}
