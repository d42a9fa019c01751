using PlcFleet.EndToEnd.Tests.Agent;
using PlcFleet.TestSupport.Llm;

namespace PlcFleet.EndToEnd.Tests.Security;

/// <summary>Attempts to leave the agent's sandbox through the real CLI: committed links, new files, user names.</summary>
public sealed class SandboxEscapeTests : IDisposable
{
    private readonly LyonSiteRepository site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void A_committed_link_to_etc_passwd_and_a_dangling_link_neither_leak_nor_crash_agent_run()
    {
        File.CreateSymbolicLink(Path.Combine(site.Root, "src", "Users.st"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(site.Root, "src", "Retired.st"), Path.Combine(site.Root, "src", "Gone.st"));
        site.Git.CommitAll("Links committed by someone with push access");
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("read_file", new { path = "src/Users.st" }),
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall)),
            OpenAIWire.ToolCall("verify", new { }),
            OpenAIWire.Text("Replaced the guard door IF block."),
            OpenAIWire.Text(AgentCli.Approve()),
            OpenAIWire.Text("Nothing was missing."));

        var result = AgentCli.Run(site, server);

        Assert.DoesNotContain("FileNotFoundException", result.StdErr + result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        var transcript = File.ReadAllText(AgentCli.TranscriptPath(result));
        Assert.DoesNotContain("root:x:0:0", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", string.Join("\n", server.Requests.Select(r => r.Body)), StringComparison.Ordinal);
        Assert.Contains("outside the workspace", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_program_file_ending_with_a_newline_is_an_ordinary_change()
    {
        const string AlarmBlock = "FUNCTION_BLOCK FB_DoorAlarm\nVAR_INPUT xDoorOpen : BOOL; END_VAR\nVAR_OUTPUT qAlarm : BOOL; END_VAR\nqAlarm := xDoorOpen;\nEND_FUNCTION_BLOCK\n";
        using var server = new FakeLlmServer().Enqueue(
            OpenAIWire.ToolCall("edit_file", AgentCli.Edit(LyonSiteRepository.GuardIfBlock, LyonSiteRepository.GuardMonitorCall)),
            OpenAIWire.ToolCall("edit_file", new { path = "src/FB_DoorAlarm.st", search = "", replace = AlarmBlock }),
            OpenAIWire.Text("Replaced the guard block and added a door alarm block."),
            OpenAIWire.Text(AgentCli.Approve()),
            OpenAIWire.Text("Nothing was missing."));

        var result = AgentCli.Run(site, server);

        Assert.DoesNotContain("IndexOutOfRange", result.StdErr + result.StdOut, StringComparison.Ordinal);
        Assert.Contains("outcome:", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void User_add_refuses_a_name_with_markup()
    {
        var added = CliRunner.Run(site.FolderPath, "user", "add", "<b>bob</b>", "--role", "engineer", "--work", site.WorkFolder);

        Assert.Equal(2, added.ExitCode);
        Assert.Contains("letters, digits, '.', '_' or '-'", added.StdErr, StringComparison.Ordinal);
    }
}
