namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// One match/replace template pair of a migration. Holes <c>:[name]</c> bind a whole expression, or a run of
/// statements when the hole stands alone as a statement; a hole used twice must bind equal code.
/// </summary>
public sealed record RewriteRule(string Name, string Match, string Replace);
