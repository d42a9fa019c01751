namespace PlcFleet.Fleet.Store.Records;

/// <summary>A fleet definition read from a file, to be recorded as proposed.</summary>
public sealed record NewFleetDefinition(string ContentHash, string? GitCommit, string FilePath, string Content, string ProposedBy);
