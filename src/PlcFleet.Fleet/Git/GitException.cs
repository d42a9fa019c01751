namespace PlcFleet.Fleet.Git;

/// <summary>A git command failed; the message carries git's own explanation (stderr), which users act on.</summary>
public sealed class GitException(string message) : Exception(message);
