namespace PlcFleet.Verification.Framework;

/// <summary>
/// A waveform a verifier hands to the reviewer, with a one-line verdict and, when before and after disagree, the scan
/// where they first do. Stored in a change request's evidence as <c>equivalence</c>.
/// </summary>
public sealed record WaveformEvidence(string Summary, long? DivergenceCycle, Waveform Trace);
