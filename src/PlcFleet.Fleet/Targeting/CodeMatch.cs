namespace PlcFleet.Fleet.Targeting;

/// <summary>Where a pattern matched in a site's code: repository-relative file and 1-based line/column.</summary>
public sealed record CodeMatch(string File, int Line, int Column, string LineText)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
