namespace PlcFleet.Verification.Framework;

/// <summary>The values after one scan, in the order of <see cref="Waveform.Signals"/>.</summary>
public sealed record WaveformRow(long Cycle, double TimeMs, IReadOnlyList<string> Values);
