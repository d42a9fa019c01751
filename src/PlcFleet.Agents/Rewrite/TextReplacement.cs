namespace PlcFleet.Agents.Rewrite;

/// <summary>The code between <see cref="Start"/> and <see cref="End"/> replaced by <see cref="Text"/>.</summary>
public sealed record TextReplacement(int Start, int End, string Text);
