using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Runs;

/// <summary>One site changed state: what the live progress view shows.</summary>
public sealed record SiteProgress(string SiteId, SiteRunState State, string Reason, TimeSpan Elapsed, DateTimeOffset Time);
