using PlcFleet.Agents.Tools;

namespace PlcFleet.Agents.Rewrite;

/// <summary>
/// One match that was replaced, as an <c>edit_file</c> edit whose search text is unique in the file at that moment
/// (whole lines, widened until unique), so a transcript replay re-applies exactly this change.
/// </summary>
public sealed record AppliedRewrite(string RuleName, int Line, FileEdit Edit);
