namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>Two inputs wired to the two contacts of one safety device (<c>B1_I</c>/<c>B2_I</c>), declared in <c>safety.channel_pairs</c>.</summary>
public sealed record ChannelPair(string First, string Second, string Origin)
{
    public bool Contains(string name) => SignalRoles.SameSignal(First, name) || SignalRoles.SameSignal(Second, name);

    public override string ToString() => $"{First}/{Second}";
}
