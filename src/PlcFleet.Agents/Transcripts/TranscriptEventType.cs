namespace PlcFleet.Agents.Transcripts;

/// <summary>Event type names as written in the <c>type</c> field of each JSONL line.</summary>
public static class TranscriptEventType
{
    public const string Session = "session";
    public const string System = "system";
    public const string User = "user";
    public const string Assistant = "assistant";
    public const string ToolCall = "tool_call";
    public const string ToolResult = "tool_result";
    public const string Verification = "verification";
    public const string JudgeVerdict = "judge_verdict";
    public const string Outcome = "outcome";
    public const string Debrief = "debrief";
}
