using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// The declarations of one site's PLC code, read from the syntax tree: globals, POUs, structs and the order in which
/// the programs run. A small stand-in for the binder, kept behind this class so it can later be fed from the bound tree.
/// </summary>
public sealed class ProjectModel
{
    private readonly Dictionary<string, VariableSymbol> _globals = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PouSymbol> _pous = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<VariableSymbol>> _structs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _configuredPrograms = [];

    private ProjectModel(PlcProject project)
    {
        Project = project;
        foreach (var file in project.Files)
        {
            foreach (var declaration in file.Syntax.Root.Declarations)
            {
                Add(file.RelativePath, declaration);
            }
        }
    }

    public PlcProject Project { get; }

    public IReadOnlyCollection<VariableSymbol> Globals => _globals.Values;

    public IReadOnlyCollection<PouSymbol> Pous => _pous.Values;

    public static ProjectModel Build(PlcProject project) => new(project);

    public static ProjectModel Load(string root) => Build(PlcProjectLoader.Load(root, root));

    public VariableSymbol? FindGlobal(string name) => _globals.GetValueOrDefault(StripQuotes(name));

    public PouSymbol? FindPou(string name) => _pous.GetValueOrDefault(StripQuotes(name));

    public IReadOnlyList<VariableSymbol>? FindStruct(string typeName) => _structs.GetValueOrDefault(typeName);

    /// <summary>All variables: globals first, then each POU's, in declaration order.</summary>
    public IEnumerable<VariableSymbol> AllVariables() => Globals.Concat(Pous.SelectMany(p => p.Variables));

    /// <summary>
    /// The programs of one scan in execution order: as the CONFIGURATION lists them, otherwise every PROGRAM and
    /// organisation block in file order.
    /// </summary>
    public IReadOnlyList<PouSymbol> ScanOrder()
    {
        var configured = _configuredPrograms.Select(FindPou).OfType<PouSymbol>().Distinct().ToList();
        if (configured.Count > 0)
        {
            return configured;
        }

        return Pous.Where(p => p.Kind is PouKind.Program or PouKind.OrganizationBlock).ToList();
    }

    public static string StripQuotes(string name) => name.Trim('"');

    private void Add(string file, DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case ProgramDeclarationSyntax p:
                AddPou(file, p.Name.Text, PouKind.Program, p, p.VarBlocks, p.Statements, null);
                AddMembers(file, p.Name.Text, p.Members);
                break;
            case FunctionBlockDeclarationSyntax fb:
                AddPou(file, fb.Name.Text, PouKind.FunctionBlock, fb, fb.VarBlocks, fb.Statements, null);
                AddMembers(file, fb.Name.Text, fb.Members);
                break;
            case FunctionDeclarationSyntax fn:
                AddPou(file, fn.Name.Text, PouKind.Function, fn, fn.VarBlocks, fn.Statements, fn.ReturnType?.ToString().TrimStart(':').Trim());
                break;
            case MethodDeclarationSyntax m:
                AddPou(file, m.Name.Text, PouKind.Method, m, m.VarBlocks, m.Statements, m.ReturnType?.ToString().TrimStart(':').Trim());
                break;
            case OrganizationBlockDeclarationSyntax ob:
                AddPou(file, ob.Name.Text, PouKind.OrganizationBlock, ob, ob.VarBlocks, ob.Statements, null);
                break;
            case DataBlockDeclarationSyntax db:
                // An SCL data block is global storage: "Safety_DB".EStop is the global Safety_DB.EStop.
                foreach (var v in Variables(file, "global", db.VarBlocks))
                {
                    var member = v with { Name = StripQuotes(db.Name.Text) + "." + v.Name, Section = VarSection.Global };
                    _globals.TryAdd(member.Name, member);
                }

                break;
            case GlobalVariableListSyntax gvl:
                foreach (var v in Variables(file, "global", gvl.VarBlocks))
                {
                    _globals.TryAdd(v.Name, v with { Section = VarSection.Global });
                }

                break;
            case TypeDeclarationSyntax types:
                foreach (var definition in types.Definitions)
                {
                    if (definition.Type is StructTypeSyntax s)
                    {
                        _structs[definition.Name.Text] = s.Members.SelectMany(d => Declare(file, definition.Name.Text, VarSection.Local, false, false, d)).ToList();
                    }
                }

                break;
            case ConfigurationDeclarationSyntax configuration:
                _configuredPrograms.AddRange(configuration.DescendantNodes().OfType<ProgramConfigurationSyntax>().Select(p => p.TypeName.Text));
                break;
        }
    }

    private void AddMembers(string file, string owner, IEnumerable<DeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax m:
                    AddPou(file, owner + "." + m.Name.Text, PouKind.Method, m, m.VarBlocks, m.Statements, m.ReturnType?.ToString().TrimStart(':').Trim());
                    break;
                case ActionDeclarationSyntax a:
                    AddPou(file, owner + "." + a.Name.Text, PouKind.Action, a, [], a.Statements, null);
                    break;
            }
        }
    }

    private void AddPou(string file, string name, PouKind kind, SyntaxNode node, IEnumerable<VarBlockSyntax> blocks, IEnumerable<StatementSyntax> statements, string? returnType)
    {
        var pouName = StripQuotes(name);
        _pous.TryAdd(pouName, new PouSymbol(pouName, kind, file, node, Variables(file, pouName, blocks).ToList(), statements.ToList(), returnType));
    }

    private static IEnumerable<VariableSymbol> Variables(string file, string owner, IEnumerable<VarBlockSyntax> blocks)
    {
        foreach (var block in blocks)
        {
            var section = block.Keyword.Kind switch
            {
                SyntaxKind.VarInputKeyword => VarSection.Input,
                SyntaxKind.VarOutputKeyword => VarSection.Output,
                SyntaxKind.VarInOutKeyword => VarSection.InOut,
                SyntaxKind.VarGlobalKeyword => VarSection.Global,
                SyntaxKind.VarExternalKeyword => VarSection.External,
                SyntaxKind.VarTempKeyword => VarSection.Temp,
                _ => VarSection.Local,
            };
            var constant = block.Qualifiers.Any(q => q.Kind == SyntaxKind.ConstantKeyword);
            var retain = block.Qualifiers.Any(q => q.Kind is SyntaxKind.RetainKeyword or SyntaxKind.PersistentKeyword);
            foreach (var declaration in block.Declarations)
            {
                foreach (var v in Declare(file, owner, section, constant, retain, declaration))
                {
                    yield return v;
                }
            }
        }
    }

    private static IEnumerable<VariableSymbol> Declare(string file, string owner, VarSection section, bool constant, bool retain, VariableDeclarationSyntax declaration)
    {
        var typeName = declaration.Type is NamedTypeSyntax named ? StripQuotes(named.Name.Text) : declaration.Type.ToString().Trim();
        foreach (var name in declaration.Names)
        {
            yield return new VariableSymbol(StripQuotes(name.Text), owner, typeName, section, declaration.At?.Address.Text, constant, retain,
                declaration.Pragmas, SourceRef.Of(file, name), declaration.Initializer?.Value, declaration.Type);
        }
    }
}
