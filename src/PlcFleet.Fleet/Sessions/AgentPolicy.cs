using PlcFleet.Agents.Providers;
using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Runs;

namespace PlcFleet.Fleet.Sessions;

/// <summary>
/// Which agent and judge a site session runs, the same for <c>agent run</c> and <c>migration run</c>: the agent the
/// command asks for (<c>--agent</c>), else the migration's <c>agent.kind</c>. The LLM agent needs an LLM; the rewrite
/// agent needs the migration's rewrite rules. The LLM judge runs whenever an LLM is configured. A configured LLM whose
/// settings are broken stops the run, whichever agent was chosen: a silently missing judge is not a choice.
/// </summary>
public static class AgentPolicy
{
    /// <param name="requested">The agent the command asks for, or null for the migration's own.</param>
    /// <param name="llm">The LLM settings when one is configured (file, variables or flags), null when none is.</param>
    public static AgentSelection Choose(Migration migration, AgentKind? requested, ProviderSettingsResult? llm, Func<string, string?>? environment = null)
    {
        var kind = requested ?? migration.Agent.Kind;
        ProviderConnection? connection = null;
        if (llm is not null)
        {
            if (!llm.Succeeded)
            {
                return new AgentSelection(null, null, llm.Errors);
            }

            try
            {
                connection = ChatClientFactory.Create(llm.Settings!, environment);
            }
            catch (LlmProviderException e)
            {
                return new AgentSelection(null, null, [e.Message]);
            }
        }

        if (kind == AgentKind.Llm)
        {
            if (connection is null)
            {
                return new AgentSelection(null, null,
                    ["the LLM agent needs an LLM: put a provider section in plcfleet.config.yaml beside fleet.yaml (docs/llm.md), or pass --config"]);
            }

            var agent = new LlmSiteAgent(connection);
            return new AgentSelection(agent, agent.CreateJudge(), []);
        }

        if (migration.Rewrite.Count == 0)
        {
            return new AgentSelection(null, null, [$"{migration.FilePath}: the rewrite agent needs rewrite rules, and this migration has none (use --agent llm)"]);
        }

        return new AgentSelection(new RewriteSiteAgent(), connection is null ? null : new LlmChangeJudge(connection.Client), []);
    }
}
