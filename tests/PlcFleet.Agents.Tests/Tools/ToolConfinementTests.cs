using PlcFleet.Agents.Sessions;
using PlcFleet.Agents.Tests.Fakes;
using PlcFleet.Agents.Tools;
using PlcFleet.Agents.Transcripts;
using PlcFleet.Formats.Workspaces;

namespace PlcFleet.Agents.Tests.Tools;

/// <summary>What an agent (or a hostile prompt steering it) may try with the tools: every refusal is a tool error, never an exception.</summary>
public sealed class ToolConfinementTests : IDisposable
{
    private readonly SiteWorkspace site = new();
    private readonly WorkspaceGuard guard;

    public ToolConfinementTests() => guard = new WorkspaceGuard(site.Workspace);

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("sub/.git/config")]
    [InlineData("src/Conveyor/.git/HEAD")]
    [InlineData("vendor/lib/.Git/objects/x")]
    public void Edit_file_refuses_to_create_anything_under_a_git_segment(string path)
    {
        var answer = new EditFileTool(guard).Run(path, "", "[core]\n");

        Assert.StartsWith(ToolText.ErrorPrefix, answer, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Workspace, path.Split('/')[0], ".git")));
    }

    [Fact]
    public void A_name_over_255_bytes_is_a_tool_error()
    {
        var path = "src/" + new string('x', 300) + ".st";

        Assert.StartsWith(ToolText.ErrorPrefix, new EditFileTool(guard).Run(path, "", "PROGRAM P\nEND_PROGRAM\n"), StringComparison.Ordinal);
        Assert.StartsWith(ToolText.ErrorPrefix, new ReadFileTool(guard).Run(path), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_over_the_size_limit_is_a_tool_error_and_the_file_is_unchanged()
    {
        var before = site.Read(SiteWorkspace.ConveyorPath);
        var huge = new string('x', WorkspaceLimits.Default.MaxEditChars + 1);

        var answer = new EditFileTool(guard).Run(SiteWorkspace.ConveyorPath, "PT := T#2S", huge);

        Assert.Contains("at most", answer, StringComparison.Ordinal);
        Assert.Equal(before, site.Read(SiteWorkspace.ConveyorPath));
    }

    [Fact]
    public void A_dangling_link_is_reported_by_read_file_and_skipped_by_search()
    {
        File.CreateSymbolicLink(Path.Combine(site.Workspace, "src", "Old.st"), Path.Combine(site.Workspace, "src", "Removed.st"));

        Assert.Contains("does not exist", new ReadFileTool(guard).Run("src/Old.st"), StringComparison.Ordinal);
        Assert.Contains("T#2S", new SearchTool(guard).Run("T#2S"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_snapshot_keeps_links_as_links_and_survives_a_dangling_one()
    {
        File.CreateSymbolicLink(Path.Combine(site.Workspace, "src", "Users.st"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(site.Workspace, "src", "Old.st"), Path.Combine(site.Workspace, "src", "Removed.st"));

        using var snapshot = WorkspaceSnapshot.Take(site.Workspace);

        Assert.Equal("/etc/passwd", new FileInfo(Path.Combine(snapshot.Root, "src", "Users.st")).LinkTarget);
        Assert.NotNull(new FileInfo(Path.Combine(snapshot.Root, "src", "Old.st")).LinkTarget);
    }

    [Fact]
    public void The_transcript_stops_growing_at_its_limit_but_keeps_the_outcome()
    {
        var path = Path.Combine(site.Root, "small.jsonl");
        using (var writer = new TranscriptWriter(path, maxBytes: 2000))
        {
            for (var i = 0; i < 50; i++)
            {
                writer.Write(new TranscriptEvent { Type = TranscriptEventType.ToolResult, Text = new string('r', 200) });
            }

            writer.Write(new TranscriptEvent { Type = TranscriptEventType.Outcome, Outcome = "Error" });
        }

        var events = TranscriptReader.Read(path);
        Assert.True(new FileInfo(path).Length < 3000);
        Assert.Contains(events, e => e.Text?.Contains("transcript limit", StringComparison.Ordinal) == true);
        Assert.Equal("Error", events[^1].Outcome);
    }
}
