using PlcFleet.Agents.Sessions;
using PlcFleet.Fleet.Runs;

namespace PlcFleet.Fleet.Sessions;

/// <summary>The agent and judge chosen for a run, or the problems (provider settings, missing rules) that stop it.</summary>
public sealed record AgentSelection(ISiteAgent? Agent, IChangeJudge? Judge, IReadOnlyList<string> Problems);
