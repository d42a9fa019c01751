namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// A write the scan analysis cannot resolve exactly (a loop it cannot unroll, a pointer it cannot follow, a jump). It is
/// over-approximated: every variable it may reach gets an unknown value named by <see cref="Leaf"/>. The name depends only on
/// the POU and the construct's code, so unchanged code gives the same unknown before and after a change.
/// </summary>
public sealed record UnresolvedWrite(string Leaf, string Reason, SourceRef Location)
{
    /// <summary>Leaves that stand for an unresolved write start with this character (no variable path does).</summary>
    public const char Marker = '?';

    public static bool IsUnresolved(string leaf) => leaf.Length > 0 && leaf[0] == Marker;
}
