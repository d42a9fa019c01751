namespace PlcFleet.Verification.Framework;

/// <summary>
/// Signal values scan by scan, as a logic analyser shows them: <see cref="Signals"/> names the columns, each row holds
/// one scan's values in that order (ST literals: <c>TRUE</c>, <c>42</c>, <c>T#1s</c>).
/// </summary>
public sealed record Waveform(IReadOnlyList<string> Signals, IReadOnlyList<WaveformRow> Rows);
