using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Web.Auth;

/// <summary>
/// Who may do what, enforced on the server for every endpoint (the forms are hidden too, but hiding is not a check).
/// Mirrors <see cref="PlcFleet.Fleet.Review.ApprovalRules"/>: engineers and safety engineers approve, anyone signed in
/// may reject; the review service still applies the finer rules (self-approval, safety engineer, two-person rule).
/// </summary>
public static class DashboardPolicies
{
    public const string CookieScheme = "plcfleet";

    public const string MayApprove = "may-approve";

    public static readonly string[] ApproverRoles = [nameof(UserRole.Engineer), nameof(UserRole.SafetyEngineer)];
}
