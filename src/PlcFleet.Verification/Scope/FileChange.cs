namespace PlcFleet.Verification.Scope;

/// <summary>One file that differs between baseline and workspace; <see cref="ChangedLines"/> counts added plus removed lines.</summary>
public sealed record FileChange(string Path, FileChangeKind Kind, int ChangedLines);
