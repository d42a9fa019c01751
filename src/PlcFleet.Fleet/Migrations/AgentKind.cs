namespace PlcFleet.Fleet.Migrations;

public enum AgentKind
{
    /// <summary>The deterministic structural-rewrite agent driven by the migration's rewrite rules.</summary>
    Rewrite,

    /// <summary>An LLM agent session.</summary>
    Llm,
}
