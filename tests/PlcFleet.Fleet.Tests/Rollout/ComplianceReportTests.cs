using PlcFleet.Fleet.Compliance;
using PlcFleet.Fleet.Rollout;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Tests.Review;

namespace PlcFleet.Fleet.Tests.Rollout;

public sealed class ComplianceReportTests : IDisposable
{
    private readonly ReviewFleet _fleet = new();

    [Fact]
    public async Task The_report_tells_what_changed_where_by_which_prompt_approved_deployed_and_rolled_back()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Reviews.ApproveAsync(cr.Id, "marta", "channels <b>independent</b> | SIL2 kept");
        await _fleet.Rollout.StartNextWaveAsync("guard-monitor", "erik");
        _fleet.Clock.Advance(TimeSpan.FromMinutes(90));
        await _fleet.Rollout.DeployAsync(cr.Id, "erik");
        _fleet.Clock.Advance(TimeSpan.FromDays(1));
        await _fleet.Rollout.RollbackAsync(cr.Id, "marta", "nuisance trips");

        var report = await new ComplianceReportBuilder(_fleet.Store, _fleet.Clock).BuildAsync("guard-monitor");
        var markdown = ComplianceMarkdownRenderer.Render(report);
        var html = ComplianceHtmlRenderer.Render(report);

        Assert.Contains($"### CR-{cr.Id} at lyon\\-l1: rolled back", markdown);
        Assert.Contains("| src/PRG\\_Guards.st | 3 | 1 |", markdown);
        Assert.Contains($"v2, content hash `{new string('c', 64)}`", markdown);
        Assert.Contains("Verification: Passed: compile passed, safety passed, simulation passed", markdown);
        Assert.Contains("approve: change matches the prompt", markdown);
        Assert.Contains("| marta | a safety engineer | approved |", markdown);
        Assert.Contains("| 2026-11-23 07:30:00 UTC | deployed | erik | pilot |", markdown);
        Assert.Contains("started by olga)", markdown);
        Assert.Contains("| 2026-11-24 07:30:00 UTC | rolled back | marta | pilot |", markdown);
        Assert.Contains($"Chain head hash: `{report.AuditChain.HeadHash}`", markdown);
        Assert.Contains("**intact**", markdown);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<b>independent</b>", html);
        Assert.Contains("&lt;b&gt;independent&lt;/b&gt;", html);
        Assert.Contains("<td>src/PRG_Guards.st</td>", html);
        Assert.Contains($"guard-monitor v2, content hash <code>{new string('c', 64)}</code>", html);
        Assert.Contains("Verification: Passed: compile passed, safety passed, simulation passed", html);
        Assert.Contains("<td>marta</td>\n<td>a safety engineer</td>\n<td>approved</td>", html);
        Assert.Contains("<td>2026-11-23 07:30:00 UTC</td>\n<td>deployed</td>\n<td>erik</td>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http", html);
    }

    [Fact]
    public async Task A_failed_deployment_names_its_conflicting_files_in_the_report()
    {
        await _fleet.AddUsersAsync();
        var cr = await _fleet.ChangeRequestAsync("lyon-l1");
        await _fleet.Store.RecordDeploymentAsync(new(cr.Id, "lyon-l1", "pilot", "erik", DeploymentOutcome.Failed,
            new ReleaseMergeFailure("release has moved on", ["src/PRG_Guards.st", "src/GVL_Safety.st"]).ToNotes()));

        var markdown = ComplianceMarkdownRenderer.Render(await new ComplianceReportBuilder(_fleet.Store, _fleet.Clock).BuildAsync("guard-monitor"));

        Assert.Contains("| failed | erik | pilot | not merged: conflicts in src/PRG\\_Guards.st, src/GVL\\_Safety.st |", markdown);
    }

    [Fact]
    public void Diff_stat_counts_lines_per_file()
    {
        var stat = DiffStat.Read("""
            diff --git a/src/PRG_Conveyor.st b/src/PRG_Conveyor.st
            --- a/src/PRG_Conveyor.st
            +++ b/src/PRG_Conveyor.st
            @@ -1,2 +1,3 @@
            -Motor_Run := Start;
            +Motor_Run := Start AND NOT EStop_Active;
            +Jam_Alarm := Jam_Timer.Q;
            diff --git a/src/GVL_IO.st b/src/GVL_IO.st
            --- a/src/GVL_IO.st
            +++ b/src/GVL_IO.st
            @@ -3 +3 @@
            -    Speed : INT;
            +    Speed : REAL;
            """);

        Assert.Equal([new FileChange("src/PRG_Conveyor.st", 2, 1), new FileChange("src/GVL_IO.st", 1, 1)], stat);
    }

    public void Dispose() => _fleet.Dispose();
}
