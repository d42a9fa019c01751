using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Transcripts;

/// <summary>What a replay did: edits re-applied, edits that no longer apply (with the tool's answer), and the fresh verification.</summary>
public sealed record ReplayResult(int AppliedEdits, IReadOnlyList<string> FailedEdits, VerificationReport Report);
