using System.Security.Claims;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Web.Auth;

/// <summary>The signed-in person as the cookie carries them: name and role from the store at sign-in.</summary>
public sealed record Reviewer(string Name, UserRole Role)
{
    public bool MayApprove => ApprovalRules.MayApprove(Role);

    public string RoleText => ApprovalRules.Describe(Role);

    public ClaimsPrincipal ToPrincipal() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, Name), new Claim(ClaimTypes.Role, Role.ToString())], DashboardPolicies.CookieScheme));

    public static Reviewer? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.Identity.Name is not { Length: > 0 } name)
        {
            return null;
        }

        return Enum.TryParse<UserRole>(principal.FindFirstValue(ClaimTypes.Role), out var role) ? new Reviewer(name, role) : null;
    }
}
