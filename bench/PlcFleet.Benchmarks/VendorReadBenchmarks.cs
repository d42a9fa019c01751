using BenchmarkDotNet.Attributes;
using PlcFleet.Formats.Vendor;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Benchmarks;

/// <summary>Reading a 20 MB Rockwell L5X (regions, model, ST view) and, separately, parsing its ST view.</summary>
[MemoryDiagnoser]
public class VendorReadBenchmarks
{
    public const int L5xBytes = 20_000_000;

    private byte[] _l5x = [];

    [GlobalSetup]
    public void Setup() => _l5x = L5xGenerator.Generate(L5xBytes);

    [Benchmark]
    public int ReadL5x() => VendorFiles.Read(_l5x, VendorFormat.RockwellL5x, "Plant.L5X").Regions.Count;

    [Benchmark]
    public int ReadL5xAndParseSt() =>
        SyntaxTree.Parse(VendorFiles.Read(_l5x, VendorFormat.RockwellL5x, "Plant.L5X").StructuredText!.Text).Root.Declarations.Count;
}
