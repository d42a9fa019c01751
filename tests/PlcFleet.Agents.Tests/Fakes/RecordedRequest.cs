namespace PlcFleet.Agents.Tests.Fakes;

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);
