using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Inventory;

/// <summary>
/// Who may start a wave, deploy and roll back (fleet.yaml <c>rollout:</c> with <c>start_wave</c>, <c>deploy</c>,
/// <c>rollback</c>, each a list of <c>site_owner</c> — the site's <c>owner:</c>, for a wave the owner of any of its
/// sites — and user roles <c>engineer</c>, <c>safety_engineer</c>, <c>admin</c>). A fleet file without the section gets
/// <see cref="Default"/>: the site's owner or a safety engineer, never just any signed-in user.
/// </summary>
public sealed record RolloutRules(IReadOnlyList<string> StartWave, IReadOnlyList<string> Deploy, IReadOnlyList<string> Rollback)
{
    public const string SiteOwner = "site_owner";

    /// <summary>The words a rule may name, in the form fleet.yaml and <c>user add --role</c> spell them.</summary>
    public static readonly IReadOnlyList<string> Permits = [SiteOwner, "engineer", "safety_engineer", "admin"];

    public static readonly RolloutRules Default = new([SiteOwner, "safety_engineer"], [SiteOwner, "safety_engineer"], [SiteOwner, "safety_engineer"]);

    public IReadOnlyList<string> For(RolloutAction action) => action switch
    {
        RolloutAction.StartWave => StartWave,
        RolloutAction.Deploy => Deploy,
        _ => Rollback,
    };

    /// <summary>
    /// Null when <paramref name="user"/> may do <paramref name="action"/> on <paramref name="sites"/> (the change's site,
    /// or a wave's sites); otherwise why not, naming who may.
    /// </summary>
    public string? Refusal(RolloutAction action, UserRecord user, IReadOnlyList<Site> sites, string what)
    {
        var permits = For(action);
        var owns = permits.Contains(SiteOwner) && sites.Any(s => string.Equals(s.Owner, user.Name, StringComparison.OrdinalIgnoreCase));
        if (owns || permits.Contains(RoleName(user.Role)))
        {
            return null;
        }

        var owners = sites.Select(s => s.Owner).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var who = permits.Select(p => p == SiteOwner ? (owners.Count == 0 ? "the site's owner (none named in fleet.yaml)" : $"the site's owner ({string.Join(", ", owners)})") : "a " + p.Replace('_', ' '));
        return $"{user.Name} ({RoleName(user.Role).Replace('_', ' ')}) may not {what}: the rollout rules allow {string.Join(" or ", who)}";
    }

    public static string RoleName(UserRole role) => role switch
    {
        UserRole.SafetyEngineer => "safety_engineer",
        UserRole.Admin => "admin",
        _ => "engineer",
    };
}
