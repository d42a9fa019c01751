namespace PlcFleet.Verification.Safety.Configuration;

/// <summary>One signal's role for the safety rules, and why: declared in plcfleet.yaml or guessed from its name.</summary>
public sealed record SignalRole(string Signal, string Role, string Reason);
