using System.Globalization;
using System.Text;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Compliance;

/// <summary>The compliance report as Markdown; every piece of free text is escaped with <see cref="MarkdownText"/>.</summary>
public static class ComplianceMarkdownRenderer
{
    public static string Render(ComplianceReport report)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Compliance report: {MarkdownText.Escape(report.MigrationId)}").AppendLine();
        md.AppendLine($"Generated {Time(report.GeneratedUtc)} by plcfleet. Change management evidence for IEC 61508 / ISO 13849: prompt versions, changes per site, verification evidence, approvals, deployments and rollbacks.").AppendLine();

        md.AppendLine("## Audit trail").AppendLine();
        md.AppendLine($"- Verification: **{(report.AuditChain.IsValid ? "intact" : "BROKEN")}** ({report.AuditChain.RecordCount} records)");
        md.AppendLine($"- Chain head hash: {MarkdownText.Code(report.AuditChain.HeadHash)}");
        foreach (var problem in report.AuditChain.Problems)
        {
            md.AppendLine($"- Problem at record #{problem.Sequence}: {MarkdownText.Escape(problem.Message)}");
        }

        md.AppendLine().AppendLine("## Prompt versions").AppendLine();
        if (report.Runs.Count == 0)
        {
            md.AppendLine("No runs of this migration are recorded.");
        }
        else
        {
            md.AppendLine("| Run | Version | Content hash (SHA-256) | Started | Finished |").AppendLine("|---|---|---|---|---|");
            foreach (var run in report.Runs)
            {
                md.AppendLine($"| {MarkdownText.Escape(run.Id)} | v{run.MigrationVersion} | {MarkdownText.Code(run.ContentHash)} | {Time(run.StartedUtc)} | {(run.FinishedUtc is { } f ? Time(f) : "running")} |");
            }
        }

        md.AppendLine().AppendLine("## Changes").AppendLine();
        if (report.Changes.Count == 0)
        {
            md.AppendLine("No change requests were made for this migration.");
        }

        foreach (var change in report.Changes)
        {
            RenderChange(md, change);
        }

        return md.ToString();
    }

    private static void RenderChange(StringBuilder md, SiteChange change)
    {
        var cr = change.ChangeRequest;
        md.AppendLine($"### CR-{cr.Id} at {MarkdownText.Escape(cr.SiteId)}: {ApprovalRules.Describe(cr.State)}").AppendLine();
        md.AppendLine($"- Branch {MarkdownText.Code(cr.Branch)} at commit {MarkdownText.Code(cr.CommitSha)}, created {Time(cr.CreatedUtc)}");
        md.AppendLine(change.Run is { } run
            ? $"- Prompt: {MarkdownText.Escape(run.MigrationId)} v{run.MigrationVersion}, content hash {MarkdownText.Code(run.ContentHash)} (run {MarkdownText.Escape(run.Id)}{(run.StartedBy is { } by ? $", started by {MarkdownText.Escape(by)}" : "")})"
            : $"- Prompt: run {MarkdownText.Escape(cr.RunId)} is not in the store");
        md.AppendLine($"- Safety-related: {(change.Evidence.SafetyRelated ? "yes" : "no")}; safety engineer approval required: {(change.Evidence.NeedsSafetyEngineer ? "yes" : "no")}");
        md.AppendLine($"- Verification: {Or(change.Evidence.VerificationSummary, "no summary recorded")}");
        md.AppendLine($"- Judge verdict: {Or(change.Evidence.JudgeVerdict, "off (no LLM configured)")}");
        md.AppendLine(change.Evidence.SafetyFindings.Count == 0 ? "- Safety findings: none" : "- Safety findings:");
        foreach (var finding in change.Evidence.SafetyFindings)
        {
            md.AppendLine($"  - {MarkdownText.Escape(finding)}");
        }

        md.AppendLine().AppendLine($"Files changed ({change.Files.Count}, +{change.Files.Sum(f => f.Added)} -{change.Files.Sum(f => f.Removed)}):").AppendLine();
        md.AppendLine("| File | Added | Removed |").AppendLine("|---|---|---|");
        foreach (var file in change.Files)
        {
            md.AppendLine($"| {MarkdownText.Escape(file.Path)} | {file.Added} | {file.Removed} |");
        }

        md.AppendLine().AppendLine("Reviews:").AppendLine();
        if (change.Reviews.Count == 0)
        {
            md.AppendLine("None yet.");
        }
        else
        {
            md.AppendLine("| When | Reviewer | Role | Verdict | Commit seen | Comment |").AppendLine("|---|---|---|---|---|---|");
            foreach (var review in change.Reviews)
            {
                var role = change.Reviewers.FirstOrDefault(u => string.Equals(u.Name, review.UserName, StringComparison.OrdinalIgnoreCase))?.Role;
                var verdict = review.Verdict.ToString().ToLowerInvariant() + (review.CommitSha == cr.CommitSha ? "" : " (void: other commit)");
                md.AppendLine($"| {Time(review.CreatedUtc)} | {MarkdownText.Escape(review.UserName)} | {(role is { } r ? ApprovalRules.Describe(r) : "unknown")} | {verdict} | {MarkdownText.Code(ApprovalStatus.Short(review.CommitSha))} | {MarkdownText.Escape(review.Comment)} |");
            }
        }

        md.AppendLine().AppendLine("Deployments:").AppendLine();
        if (change.Deployments.Count == 0)
        {
            md.AppendLine("Not deployed.");
        }
        else
        {
            md.AppendLine("| When | Outcome | By | Wave | Release branch |").AppendLine("|---|---|---|---|---|");
            foreach (var deployment in change.Deployments)
            {
                md.AppendLine($"| {Time(deployment.CreatedUtc)} | {Outcome(deployment.Outcome)} | {MarkdownText.Escape(deployment.DeployedBy)} | {MarkdownText.Escape(deployment.Wave ?? "-")} | {Release(deployment)} |");
            }
        }

        md.AppendLine();
    }

    private static string Release(DeploymentRecord deployment)
    {
        if (deployment.Outcome == DeploymentOutcome.Failed && ReleaseMergeFailure.TryParse(deployment.Notes) is { } failure)
        {
            return MarkdownText.Escape(failure.IsConflict ? $"not merged: conflicts in {string.Join(", ", failure.ConflictingFiles)}" : $"not merged: {failure.Problem}");
        }

        if (ReleaseMerge.TryParse(deployment.Notes) is not { } merge)
        {
            return MarkdownText.Escape(deployment.Notes);
        }

        var moved = $"{MarkdownText.Code(merge.Branch)} {MarkdownText.Code(ApprovalStatus.Short(merge.Before))} to {MarkdownText.Code(ApprovalStatus.Short(merge.After))}";
        return merge.RevertCommit is { } revert ? $"revert commit {MarkdownText.Code(ApprovalStatus.Short(revert))} on {MarkdownText.Code(merge.Branch)}" : moved;
    }

    private static string Outcome(DeploymentOutcome outcome) => outcome switch
    {
        DeploymentOutcome.RolledBack => "rolled back",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private static string Or(string text, string fallback) => text.Length == 0 ? fallback : MarkdownText.Escape(text);

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
