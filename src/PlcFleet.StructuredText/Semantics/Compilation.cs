using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Checks;
using PlcFleet.StructuredText.Semantics.Declarations;
using PlcFleet.StructuredText.Semantics.Libraries;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics;

/// <summary>
/// The semantic view of a whole PLC project: symbols declared across all files, the bound tree of every POU body,
/// CONFIGURATION tasks, and every syntax and semantic diagnostic. Immutable once created; safe to share.
/// </summary>
/// <example>
/// <code>
/// var compilation = Compilation.Create(project.Files.Select(f => f.Syntax));
/// foreach (var d in compilation.GetDiagnostics()) Console.WriteLine(d);
/// var main = compilation.Global.FindPou("PRG_Main")!;
/// var body = compilation.GetBoundBody(main);             // BoundAssignment, BoundIf, BoundFbCall...
/// var cycle = compilation.Global.FindTaskOf(main)?.Interval;
/// </code>
/// </example>
public sealed class Compilation
{
    private readonly Dictionary<PouSymbol, BoundBody> _bodies;
    private readonly IReadOnlyList<Diagnostic> _diagnostics;

    private Compilation(IReadOnlyList<SyntaxTree> trees, GlobalSymbols global, MemberTable members,
        Dictionary<PouSymbol, BoundBody> bodies, IReadOnlyList<PouSymbol> pous, IReadOnlyList<Diagnostic> diagnostics)
    {
        Trees = trees;
        Global = global;
        Members = members;
        _bodies = bodies;
        PousWithBodies = pous;
        _diagnostics = diagnostics;
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>Project-level symbols: POUs, types, global variables, enum values, tasks.</summary>
    public GlobalSymbols Global { get; }

    /// <summary>Member symbols of structs, function blocks and enums.</summary>
    public MemberTable Members { get; }

    /// <summary>CONFIGURATION/RESOURCE tasks with interval, priority and program instances.</summary>
    public IReadOnlyList<TaskSymbol> Tasks => Global.Tasks;

    /// <summary>Every POU that has a body (programs, blocks, functions, methods, actions, property accessors).</summary>
    public IReadOnlyList<PouSymbol> PousWithBodies { get; }

    public static Compilation Create(IEnumerable<SyntaxTree> trees) => Create(trees, LibraryReferences.None);

    /// <param name="trees">The project's files.</param>
    /// <param name="libraries">The libraries the project declares: shipped ones are bound from their declarations,
    /// names from the others are one ST2050 warning each instead of errors.</param>
    public static Compilation Create(IEnumerable<SyntaxTree> trees, LibraryReferences libraries)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(libraries);
        var treeList = trees.ToList();
        var global = new GlobalSymbols();
        var members = new MemberTable();
        var diagnostics = new DiagnosticBag();
        var unresolved = new UnresolvedNames(libraries, diagnostics);
        var declarations = new DeclarationBinder(global, members, diagnostics, unresolved);
        foreach (var tree in treeList)
        {
            declarations.Collect(tree);
        }

        var shipped = libraries.Shipped;
        foreach (var library in shipped)
        {
            declarations.CollectLibrary(library);
        }

        declarations.Resolve();

        var usage = new UsageRecorder();
        var context = new BindingContext(global, members, diagnostics, usage, unresolved);
        new BodyBinder(context, null, Dialect.Codesys).BindInitializers(global.Variables);
        foreach (var fields in declarations.InitializedFields.GroupBy(f => f.Declaration?.SyntaxTree?.Dialect ?? Dialect.Codesys))
        {
            new BodyBinder(context, null, fields.Key).BindInitializers([.. fields]);
        }

        var bodies = new Dictionary<PouSymbol, BoundBody>(declarations.AllPous.Count);
        foreach (var pou in declarations.AllPous)
        {
            if (pou.HasBody)
            {
                bodies[pou] = new BodyBinder(context, pou, pou.Dialect).BindBody(pou);
            }
        }

        UsageAnalysis.Report(global, declarations.AllPous, usage, diagnostics);

        // The shipped declarations are tested to bind cleanly; usage warnings about their parameters are no user's business.
        var librarySources = shipped.Select(l => l.Declarations.Source).ToHashSet(ReferenceEqualityComparer.Instance);
        var reported = librarySources.Count == 0 ? diagnostics.Items : [.. diagnostics.Items.Where(d => !librarySources.Contains(d.Source))];
        return new Compilation(treeList, global, members, bodies, [.. bodies.Keys], Sort(treeList, reported));
    }

    public static Compilation Create(params SyntaxTree[] trees) => Create((IEnumerable<SyntaxTree>)trees);

    /// <summary>All syntax and semantic diagnostics, by file (in the order the trees were given) and position.</summary>
    public IReadOnlyList<Diagnostic> GetDiagnostics() => _diagnostics;

    /// <summary>Only the binder's and checker's diagnostics (ST1xxx errors, ST2xxx warnings).</summary>
    public IEnumerable<Diagnostic> GetSemanticDiagnostics() =>
        _diagnostics.Where(d => d.Code.StartsWith("ST1", StringComparison.Ordinal) || d.Code.StartsWith("ST2", StringComparison.Ordinal));

    /// <summary>The bound statements of a POU body; null for interfaces, prototypes and POUs of another compilation.</summary>
    public BoundBody? GetBoundBody(PouSymbol pou) => _bodies.GetValueOrDefault(pou);

    private static List<Diagnostic> Sort(List<SyntaxTree> trees, IReadOnlyList<Diagnostic> semantic)
    {
        var order = new Dictionary<Text.SourceText, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < trees.Count; i++)
        {
            order.TryAdd(trees[i].Source, i);
        }

        var all = new List<(int Tree, int Sequence, Diagnostic Diagnostic)>();
        var sequence = 0;
        foreach (var tree in trees)
        {
            foreach (var diagnostic in tree.Diagnostics)
            {
                all.Add((order[tree.Source], sequence++, diagnostic));
            }
        }

        var broken = new HashSet<Text.SourceText>(ReferenceEqualityComparer.Instance);
        foreach (var tree in trees)
        {
            if (tree.HasErrors)
            {
                broken.Add(tree.Source);
            }
        }

        foreach (var diagnostic in semantic)
        {
            // Error recovery skips tokens, so usage and flow warnings in a file that does not parse would be guesses.
            if (!diagnostic.IsError && broken.Contains(diagnostic.Source))
            {
                continue;
            }

            all.Add((order.GetValueOrDefault(diagnostic.Source, trees.Count), sequence++, diagnostic));
        }

        all.Sort((a, b) =>
        {
            var byTree = a.Tree.CompareTo(b.Tree);
            if (byTree != 0)
            {
                return byTree;
            }

            var byPosition = a.Diagnostic.Span.Start.CompareTo(b.Diagnostic.Span.Start);
            return byPosition != 0 ? byPosition : a.Sequence.CompareTo(b.Sequence);
        });
        return all.ConvertAll(entry => entry.Diagnostic);
    }
}
