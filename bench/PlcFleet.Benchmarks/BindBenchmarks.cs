using BenchmarkDotNet.Attributes;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Benchmarks;

/// <summary>Parse + bind (symbols, bound bodies, all checks) of a generated 100,000-line project; the budget is one second.</summary>
[MemoryDiagnoser]
public class BindBenchmarks
{
    public const int ProjectLines = 100_000;

    private SourceText _source = new(string.Empty);
    private SyntaxTree? _tree;

    [GlobalSetup]
    public void Setup()
    {
        _source = new SourceText(PlcProjectGenerator.Generate(ProjectLines), "generated.st");
        _tree = SyntaxTree.Parse(_source);
    }

    [Benchmark]
    public int ParseAndBind() => Compilation.Create(SyntaxTree.Parse(_source)).GetDiagnostics().Count;

    [Benchmark]
    public int BindOnly() => Compilation.Create(_tree!).GetDiagnostics().Count;
}
