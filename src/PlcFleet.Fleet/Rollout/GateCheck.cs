namespace PlcFleet.Fleet.Rollout;

/// <summary>Whether a wave's success gate holds, and why (or why not) in an engineer's words.</summary>
public sealed record GateCheck(bool Holds, string Reason);
