using PlcFleet.Simulation.Compilation;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>Compiles ST source text in memory the way a site folder would be, for runtime tests.</summary>
internal static class CompiledProgramFactory
{
    public static StProgramCompilation Compile(string program, params string[] files) => Compile(Dialect.Codesys, program, files);

    public static StProgramCompilation Compile(Dialect dialect, string program, params string[] files)
    {
        var trees = files.Append(program).Select((text, i) => SyntaxTree.Parse(new SourceText(text, $"file{i}.st"), dialect));
        var compilation = PlcFleet.StructuredText.Semantics.Compilation.Create(trees);
        var name = compilation.Global.Programs.Last().Name;
        return StProgramCompiler.Compile(compilation, name);
    }

    public static StProgramInstance Instance(string program, params string[] files) => Instance(Dialect.Codesys, program, files);

    public static StProgramInstance Instance(Dialect dialect, string program, params string[] files)
    {
        var result = Compile(dialect, program, files);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return result.Program!.CreateInstance();
    }
}
