namespace PlcFleet.Mcp.Tests;

/// <summary>The MCP server reads only below the folder it was started for (--root), through the real server process.</summary>
public sealed class McpConfinementTests : IDisposable
{
    private readonly SiteFolder site = new();

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    [InlineData("/dev/zero")]
    [InlineData("../../etc/passwd")]
    public async Task Check_refuses_paths_outside_its_root(string path)
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync(site.Root);

        var (text, _) = await mcp.CallAsync("check", new() { ["path"] = path });

        Assert.StartsWith("check: refused (", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proc_and_dev_stay_refused_even_when_the_root_is_the_whole_disk()
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync("/");

        var (environ, _) = await mcp.CallAsync("check", new() { ["path"] = "/proc/self/environ" });
        var (zero, _) = await mcp.CallAsync("check", new() { ["path"] = "/dev/zero" });

        Assert.StartsWith("check: refused (", environ, StringComparison.Ordinal);
        Assert.StartsWith("check: refused (", zero, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_in_the_site_to_etc_passwd_is_not_read_by_any_tool()
    {
        File.CreateSymbolicLink(site.FullPath("src/Users.st"), "/etc/passwd");
        await using var mcp = await PlcFleetMcpClient.StartAsync(site.Root);

        var (direct, _) = await mcp.CallAsync("check", new() { ["path"] = site.FullPath("src/Users.st") });
        var (folder, _) = await mcp.CallAsync("check", new() { ["path"] = site.Root });
        var (verify, _) = await mcp.CallAsync("verify", new() { ["workspace"] = site.Root });

        Assert.StartsWith("check: refused (", direct, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", folder, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", folder + direct + verify, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_refuses_a_baseline_outside_the_root()
    {
        await using var mcp = await PlcFleetMcpClient.StartAsync(site.Root);

        var (text, _) = await mcp.CallAsync("verify", new() { ["workspace"] = site.Root, ["baseline"] = "/etc" });

        Assert.StartsWith("verify: NOT RUN (refused: ", text, StringComparison.Ordinal);
    }
}
