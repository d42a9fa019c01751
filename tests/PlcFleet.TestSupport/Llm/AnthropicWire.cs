using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlcFleet.TestSupport.Llm;

/// <summary>Bodies in Anthropic's <c>/v1/messages</c> response format.</summary>
public static class AnthropicWire
{
    private static int counter;

    public static ScriptedReply ToolUse(string name, object input, string? thinking = null)
    {
        var content = new JsonArray();
        if (thinking is not null)
        {
            content.Add(new JsonObject { ["type"] = "text", ["text"] = thinking });
        }

        content.Add(new JsonObject
        {
            ["type"] = "tool_use",
            ["id"] = $"toolu_{Interlocked.Increment(ref counter)}",
            ["name"] = name,
            ["input"] = JsonNode.Parse(JsonSerializer.Serialize(input)),
        });
        return Message(content, "tool_use");
    }

    public static ScriptedReply Text(string text) =>
        Message(new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }), "end_turn");

    private static ScriptedReply Message(JsonArray content, string stopReason)
    {
        var body = new JsonObject
        {
            ["id"] = $"msg_{Interlocked.Increment(ref counter)}",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = "claude-sonnet-4-5",
            ["content"] = content,
            ["stop_reason"] = stopReason,
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject { ["input_tokens"] = 900, ["output_tokens"] = 60 },
        };
        return new ScriptedReply(200, body.ToJsonString());
    }
}
