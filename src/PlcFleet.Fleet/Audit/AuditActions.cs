namespace PlcFleet.Fleet.Audit;

/// <summary>
/// The action names every part of plcfleet writes to the audit trail, so an auditor can filter one vocabulary.
/// Subjects are <c>run-id</c>, <c>run-id/site-id</c> or <c>cr-N</c>.
/// </summary>
public static class AuditActions
{
    public const string PlanMade = "plan.made";
    public const string RunStarted = "run.started";
    public const string RunFinished = "run.finished";
    public const string SiteTargeted = "site.targeted";
    public const string SiteSkipped = "site.skipped";
    public const string SiteStateChanged = "site.state";
    public const string AgentAttempt = "agent.attempt";
    public const string VerificationDone = "verification.done";
    public const string JudgeVerdict = "judge.verdict";
    public const string ChangeRequestCreated = "cr.created";
    public const string ChangeRequestApproved = "cr.approved";
    public const string ChangeRequestRejected = "cr.rejected";
    public const string ApprovalVoided = "cr.approval_voided";
    public const string WaveStarted = "rollout.wave_started";
    public const string DeploymentFailed = "cr.deploy_failed";
    public const string ChangeRequestDeployed = "cr.deployed";
    public const string ChangeRequestRolledBack = "cr.rolled_back";
    public const string RollbackFailed = "cr.rollback_failed";
    public const string DeploymentAbandoned = "cr.deploy_abandoned";
    public const string RollbackAbandoned = "cr.rollback_abandoned";
    public const string RolloutRefused = "rollout.refused";
    public const string UserAdded = "user.added";
    public const string FirstAdminBootstrapped = "user.first_admin_bootstrapped";
    public const string SignInFailed = "user.sign_in_failed";
    public const string FleetDefinitionProposed = "fleet.definition_proposed";
    public const string FleetDefinitionApproved = "fleet.definition_approved";
    public const string FleetDefinitionRefused = "fleet.definition_refused";
}
