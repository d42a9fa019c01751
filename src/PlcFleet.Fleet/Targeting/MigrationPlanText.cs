using System.Text;

namespace PlcFleet.Fleet.Targeting;

/// <summary>
/// A plain-text explanation of a plan (for logs, MCP answers and terminals without colour): one line per site,
/// then each precondition with its outcome and evidence.
/// </summary>
public static class MigrationPlanText
{
    public static string Render(MigrationPlan plan, bool withReasons = true)
    {
        var migration = plan.Migration;
        var text = new StringBuilder();
        text.Append(migration.Id).Append(" v").Append(migration.Version)
            .Append(" (prompt sha256 ").Append(migration.ContentHash[..12]).Append("): ")
            .Append(plan.Targeted.Count).Append(" targeted, ")
            .Append(plan.Skipped.Count).Append(" skipped, ")
            .Append(plan.NotTargetable.Count).Append(" not targetable, of ")
            .Append(plan.Sites.Count).Append(" sites").AppendLine();
        var width = plan.Sites.Count == 0 ? 0 : plan.Sites.Max(s => s.Site.Id.Length);
        foreach (var site in plan.Sites)
        {
            var label = site.Decision switch
            {
                TargetingDecision.Targeted => "TARGET",
                TargetingDecision.Skipped => "SKIP  ",
                _ => "CHECK ",
            };
            var wave = site.Site.Wave is null ? string.Empty : $" [{site.Site.Wave}]";
            text.Append("  ").Append(label).Append(' ').Append(site.Site.Id.PadRight(width)).Append(wave).Append("  ").AppendLine(site.Summary);
            if (withReasons)
            {
                foreach (var reason in site.Reasons)
                {
                    text.Append("      ").AppendLine(reason.ToString());
                }
            }
        }

        return text.ToString();
    }
}
