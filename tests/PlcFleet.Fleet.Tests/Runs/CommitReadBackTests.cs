using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Tests.Runs;

/// <summary>The run reads the commit back from git before it becomes a change request.</summary>
public sealed class CommitReadBackTests
{
    [Fact]
    public async Task A_nested_repository_planted_after_verification_is_recorded_as_a_gitlink_and_never_reaches_review()
    {
        using var fixture = new RunFixture("lyon-l1", "lyon-l2");

        var result = await fixture.RunAsync(new ScriptedSiteAgent { Smuggling = ["lyon-l2"] });

        var failed = Assert.Single(result.Summary!.In(SiteRunState.Failed));
        Assert.Equal("lyon-l2", failed.SiteId);
        Assert.Contains("vendor/lib with mode 160000", failed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.Store.ListChangeRequestsAsync(), cr => cr.SiteId == "lyon-l2");
    }
}
