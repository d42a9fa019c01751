using System.Text.Json;
using System.Text.Json.Nodes;

namespace PlcFleet.TestSupport.Llm;

/// <summary>Bodies in OpenAI's <c>/v1/chat/completions</c> response format.</summary>
public static class OpenAIWire
{
    private static int counter;

    public static ScriptedReply ToolCalls(params (string Name, string ArgumentsJson)[] calls)
    {
        var toolCalls = new JsonArray();
        foreach (var (name, args) in calls)
        {
            toolCalls.Add(new JsonObject
            {
                ["id"] = $"call_{Interlocked.Increment(ref counter)}",
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = name, ["arguments"] = args },
            });
        }

        return Completion(new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = toolCalls }, "tool_calls");
    }

    public static ScriptedReply ToolCall(string name, object arguments) => ToolCalls((name, JsonSerializer.Serialize(arguments)));

    public static ScriptedReply Text(string text) =>
        Completion(new JsonObject { ["role"] = "assistant", ["content"] = text }, "stop");

    public static ScriptedReply Error(int status, string message, Dictionary<string, string>? headers = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "error" } }.ToJsonString(), headers);

    private static ScriptedReply Completion(JsonObject message, string finishReason)
    {
        var body = new JsonObject
        {
            ["id"] = $"chatcmpl-{Interlocked.Increment(ref counter)}",
            ["object"] = "chat.completion",
            ["created"] = 1_760_000_000,
            ["model"] = "qwen2.5-coder-32b",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1200, ["completion_tokens"] = 80, ["total_tokens"] = 1280 },
        };
        return new ScriptedReply(200, body.ToJsonString());
    }
}
