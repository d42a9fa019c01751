namespace PlcFleet.TestSupport.Llm;

/// <summary>One scripted HTTP answer of the fake LLM server.</summary>
public sealed record ScriptedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);
