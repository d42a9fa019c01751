using BenchmarkDotNet.Attributes;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Benchmarks;

/// <summary>Lexing and parsing throughput over a generated project of at least 200,000 lines.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    public const int ProjectLines = 200_000;

    private SourceText _source = new(string.Empty);

    [GlobalSetup]
    public void Setup() => _source = new SourceText(PlcProjectGenerator.Generate(ProjectLines), "generated.st");

    [Benchmark]
    public int Lex() => SyntaxTree.Lex(_source).Count;

    [Benchmark]
    public int Parse() => SyntaxTree.Parse(_source).Root.Declarations.Count;
}
