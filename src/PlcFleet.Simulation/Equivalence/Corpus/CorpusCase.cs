namespace PlcFleet.Simulation.Equivalence.Corpus;

/// <summary>One program pair of the equivalence corpus: a plant program and the edit that makes the "after" version.</summary>
public sealed record CorpusCase(string Name, string Class, bool ExpectDifference, string Before, string After);
