using System.Globalization;
using BenchmarkDotNet.Running;
using PlcFleet.Benchmarks;

// Usage: dotnet run -c Release --project bench/PlcFleet.Benchmarks -- --filter '*Parse*' --job short --inProcess
// (vendor files: --filter '*VendorRead*'; safety check of a 20,000-line site: --filter '*SafetyCheck*'; whole-process plcfleet check of a 100,000-line site: --filter '*CheckProcess*',
// or --write-check-site DIR to write that site and time `plcfleet check DIR` by hand)
if (args is ["--write-check-site", var siteFolder])
{
    // The site CheckProcessBenchmarks checks, for timing `plcfleet check` by hand (time, perf, dotnet-trace).
    CheckProcessBenchmarks.WriteSite(siteFolder, CheckProcessBenchmarks.ProjectLines);
    return;
}

var text = PlcProjectGenerator.Generate(ParseBenchmarks.ProjectLines);
var megabytes = text.Length / 1_000_000.0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated project: {text.Split('\n').Length:N0} lines, {megabytes:F2} MB of ST"));

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);

// Throughput and allocation per MB of source, from the measured means.
foreach (var report in summaries.SelectMany(summary => summary.Reports))
{
    if (report.ResultStatistics is null || report.BenchmarkCase.Descriptor.Type != typeof(ParseBenchmarks))
    {
        continue;
    }

    var seconds = report.ResultStatistics.Mean / 1e9;
    var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name,-8} {megabytes / seconds,8:F1} MB/s   {allocated / megabytes / 1_000_000.0,8:F1} MB allocated per MB of source"));
}
