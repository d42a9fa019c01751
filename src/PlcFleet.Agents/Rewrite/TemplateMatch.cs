namespace PlcFleet.Agents.Rewrite;

/// <summary>One place a template matched: inclusive token indexes and what each hole bound.</summary>
public sealed record TemplateMatch(int First, int Last, IReadOnlyDictionary<string, HoleBinding> Bindings);
