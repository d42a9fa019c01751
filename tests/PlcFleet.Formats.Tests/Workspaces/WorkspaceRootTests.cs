using System.Diagnostics;
using PlcFleet.Formats.Projects;
using PlcFleet.Formats.Workspaces;

namespace PlcFleet.Formats.Tests.Workspaces;

public sealed class WorkspaceRootTests
{
    private const string Conveyor = "FUNCTION_BLOCK FB_Conveyor\nVAR_INPUT xStart : BOOL; END_VAR\nVAR_OUTPUT qMotor : BOOL; END_VAR\nqMotor := xStart;\nEND_FUNCTION_BLOCK\n";

    [Fact]
    public void A_committed_link_to_etc_passwd_is_refused_and_its_content_never_read()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", Conveyor);
        File.CreateSymbolicLink(Path.Combine(site.Root, "src", "Leak.st"), "/etc/passwd");

        var read = new WorkspaceRoot(site.Root).ReadText("src/Leak.st");

        Assert.False(read.IsRead);
        Assert.Contains("outside the workspace", read.Error, StringComparison.Ordinal);
        Assert.Null(read.Text);
    }

    [Fact]
    public void The_compile_step_reports_a_link_out_of_the_site_without_its_content()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", Conveyor);
        File.CreateSymbolicLink(Path.Combine(site.Root, "src", "Leak.st"), "/etc/passwd");

        var project = PlcProjectLoader.Load(site.Root, site.Root);
        var messages = string.Join("\n", project.GetDiagnostics().Select(d => d.Message));

        Assert.Contains("src/Leak.st", project.GetDiagnostics().Select(d => d.FilePath).Select(p => p.Replace('\\', '/')));
        Assert.Contains("outside the workspace", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", messages, StringComparison.Ordinal);
        Assert.Single(project.Files);
    }

    [Fact]
    public void A_dangling_link_is_reported_not_thrown()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", Conveyor);
        File.CreateSymbolicLink(Path.Combine(site.Root, "src", "Gone.st"), Path.Combine(site.Root, "src", "missing.st"));

        var read = new WorkspaceRoot(site.Root).ReadText("src/Gone.st");
        var project = PlcProjectLoader.Load(site.Root, site.Root);

        Assert.Contains("symbolic link to a file that does not exist", read.Error, StringComparison.Ordinal);
        Assert.Contains(project.GetDiagnostics(), d => d.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_inside_the_site_is_followed()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", Conveyor);
        File.CreateSymbolicLink(Path.Combine(site.Root, "Alias.st"), Path.Combine(site.Root, "src", "FB_Conveyor.st"));

        Assert.Equal(Conveyor, new WorkspaceRoot(site.Root).ReadText("Alias.st").Text);
    }

    [Fact]
    public void A_fifo_in_the_site_is_refused_without_blocking()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", Conveyor);
        var fifo = Path.Combine(site.Root, "src", "Pipe.st");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var read = new WorkspaceRoot(site.Root).ReadText("src/Pipe.st");
        var project = PlcProjectLoader.Load(site.Root, site.Root);

        Assert.Contains("device, FIFO or socket", read.Error, StringComparison.Ordinal);
        Assert.Single(project.Files);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/proc/self/environ")]
    public void Links_to_devices_and_proc_are_refused(string target)
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", Conveyor);
        File.CreateSymbolicLink(Path.Combine(site.Root, "x.st"), target);

        Assert.False(new WorkspaceRoot(site.Root).ReadText("x.st").IsRead);
    }

    [Fact]
    public void A_workspace_rooted_at_the_file_system_root_still_refuses_proc_and_dev()
    {
        var root = new WorkspaceRoot("/");

        Assert.Contains("outside the workspace", root.ReadText("proc/self/environ").Error, StringComparison.Ordinal);
        Assert.Contains("outside the workspace", root.ReadText("dev/zero").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sub/.git/config")]
    [InlineData(".git/hooks/pre-commit")]
    [InlineData("src/POUs/.GIT/x")]
    public void Any_git_segment_at_any_depth_is_refused(string path) =>
        Assert.Contains(".git", new WorkspaceRoot(Path.GetTempPath()).Resolve(path).Error, StringComparison.Ordinal);

    [Fact]
    public void Over_long_names_and_paths_are_refused_as_data()
    {
        var root = new WorkspaceRoot(Path.GetTempPath());

        Assert.Contains("at most 255 are allowed", root.Resolve("src/" + new string('a', 300) + ".st").Error, StringComparison.Ordinal);
        Assert.Contains("at most 1024", root.Resolve(string.Join('/', Enumerable.Repeat("folder", 200))).Error, StringComparison.Ordinal);
        Assert.Contains("at most 255", root.WriteText(new string('b', 256) + ".st", "x"), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_over_the_size_limit_are_refused()
    {
        using var site = new SiteFolder().With("src/Big.st", new string('x', 2000));

        var read = new WorkspaceRoot(site.Root, new WorkspaceLimits(MaxFileBytes: 1000)).ReadText("src/Big.st");

        Assert.Contains("over 1000 bytes", read.Error ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_keeps_links_as_links_and_never_copies_their_targets()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", Conveyor);
        File.CreateSymbolicLink(Path.Combine(site.Root, "src", "Leak.st"), "/etc/passwd");
        using var copy = new SiteFolder();

        new WorkspaceRoot(site.Root).CopyTo(copy.Root);

        Assert.Equal("/etc/passwd", new FileInfo(Path.Combine(copy.Root, "src", "Leak.st")).LinkTarget);
        Assert.Equal(Conveyor, File.ReadAllText(Path.Combine(copy.Root, "src", "FB_Conveyor.st")));
    }
}
