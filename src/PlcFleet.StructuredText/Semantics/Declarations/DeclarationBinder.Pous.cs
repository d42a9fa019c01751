using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Declarations;

/// <summary>POU signatures, EXTENDS/IMPLEMENTS, the function block types other code sees, and CONFIGURATION tasks.</summary>
internal sealed partial class DeclarationBinder
{
    private void ResolveSignature(PouSymbol pou)
    {
        var returnClause = _pouSyntax[pou] switch
        {
            FunctionDeclarationSyntax f => f.ReturnType,
            MethodDeclarationSyntax m => m.ReturnType,
            _ => null,
        };
        if (returnClause is not null)
        {
            pou.ReturnType = ResolveType(returnClause.Type, pou, pou.Name);
            pou.ResultVariable = new VariableSymbol(pou.Name, VariableStorage.Result, _pouSyntax[pou], pou.NameToken, pou, false, null)
            {
                Type = pou.ReturnType,
            };
        }

        foreach (var member in pou.Members)
        {
            if (member.Kind == PouKind.Property && _pouSyntax[member] is PropertyDeclarationSyntax { ReturnType: { } type })
            {
                member.ReturnType = ResolveType(type.Type, pou, member.Name);
                member.ResultVariable = new VariableSymbol(member.Name, VariableStorage.Result, _pouSyntax[member], member.NameToken, member, false, null)
                {
                    Type = member.ReturnType,
                };
            }
        }
    }

    private void ResolveBase(PouSymbol pou)
    {
        var (extends, implements) = _pouSyntax[pou] switch
        {
            FunctionBlockDeclarationSyntax block => (block.Extends, block.Implements),
            InterfaceDeclarationSyntax itf => (itf.Extends, null),
            _ => ((ExtendsClauseSyntax?)null, (ImplementsClauseSyntax?)null),
        };

        var interfaces = new List<PouSymbol>();
        if (extends is not null)
        {
            foreach (var name in extends.BaseTypes)
            {
                if (ResolveBaseName(name, pou.Kind) is not { } basePou)
                {
                    pou.HasUnknownBase = true;
                    continue;
                }

                if (pou.Kind == PouKind.Interface)
                {
                    interfaces.Add(basePou);
                }
                else if (!Inherits(basePou, pou))
                {
                    pou.Base = basePou;
                }
                else if (name.Parent?.SyntaxTree is { } tree)
                {
                    _diagnostics.Report(SemanticDiagnosticCodes.DuplicateDeclaration, name, tree.Source,
                        "base", basePou.Name, $" as a descendant of {pou.Name}: the inheritance would be circular");
                }
            }
        }

        if (implements is not null)
        {
            foreach (var name in implements.Interfaces)
            {
                if (ResolveBaseName(name, PouKind.Interface) is { } itf)
                {
                    interfaces.Add(itf);
                }
            }
        }

        pou.Interfaces = interfaces;
    }

    private static bool Inherits(PouSymbol candidate, PouSymbol ancestor)
    {
        for (var p = candidate; p is not null; p = p.Base)
        {
            if (ReferenceEquals(p, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private PouSymbol? ResolveBaseName(SyntaxToken name, PouKind expected)
    {
        if (name.IsMissing)
        {
            return null;
        }

        var pou = _globals.FindPou(Names.Of(name));
        if (pou is not null && (pou.Kind == expected || (expected == PouKind.FunctionBlock && pou.Kind == PouKind.FunctionBlock)))
        {
            return pou;
        }

        if (name.Parent?.SyntaxTree is { } tree)
        {
            _unresolved.Report(SemanticDiagnosticCodes.UnknownType, Names.Of(name), tree.Source, name.Span);
        }

        return null;
    }

    private void DefineInstanceType(PouSymbol pou)
    {
        var methods = new List<MethodSignature>();
        var properties = new List<PropertySignature>();
        foreach (var member in pou.Members)
        {
            if (member.Kind == PouKind.Method)
            {
                methods.Add(new MethodSignature(member.Name, [.. MembersOf(member)], member.ReturnType));
            }
            else if (member.Kind == PouKind.Property)
            {
                properties.Add(new PropertySignature(member.Name, member.ReturnType ?? ErrorType.Instance,
                    member.Members.Any(a => Names.Same(a.Name, "GET")), member.Members.Any(a => Names.Same(a.Name, "SET"))));
            }
        }

        var interfaces = new List<InterfaceType>();
        foreach (var itf in pou.Interfaces)
        {
            if (itf.InstanceType is InterfaceType interfaceType)
            {
                interfaces.Add(interfaceType);
            }
        }

        switch (pou.InstanceType)
        {
            case FunctionBlockType block:
                block.Define(MembersOf(pou), pou.Base?.InstanceType as FunctionBlockType, interfaces, methods, properties);
                break;
            case InterfaceType itf:
                itf.Define(methods, properties, interfaces);
                break;
        }
    }

    /// <summary>
    /// A block that IMPLEMENTS an interface declares or inherits each of its methods and properties (an ABSTRACT block
    /// leaves them to its descendants). Checked once every type is defined, since interfaces may come later in the project.
    /// </summary>
    private void CheckInterfacesImplemented(PouSymbol pou)
    {
        if (_pouSyntax[pou] is not FunctionBlockDeclarationSyntax { Implements: { } implements } syntax
            || syntax.Modifiers.Any(m => Names.Same(m.Text, "ABSTRACT"))
            || pou.InstanceType is not FunctionBlockType block
            || syntax.SyntaxTree is not { } tree)
        {
            return;
        }

        foreach (var name in implements.Interfaces)
        {
            if (name.IsMissing || _globals.FindPou(Names.Of(name))?.InstanceType is not InterfaceType itf)
            {
                continue;
            }

            foreach (var missing in Missing(block, itf, new HashSet<string>(StringComparer.OrdinalIgnoreCase)))
            {
                _diagnostics.Report(SemanticDiagnosticCodes.InterfaceNotImplemented, name, tree.Source, pou.Name, itf.Name, missing);
            }
        }
    }

    /// <summary>What <paramref name="itf"/> and the interfaces it extends ask for that <paramref name="block"/> lacks, each named once.</summary>
    private static IEnumerable<string> Missing(FunctionBlockType block, InterfaceType itf, HashSet<string> seen)
    {
        foreach (var method in itf.Methods.Where(m => block.FindMethod(m.Name) is null && seen.Add(m.Name)))
        {
            yield return $"method {method.Name}";
        }

        foreach (var property in itf.Properties.Where(p => block.FindProperty(p.Name) is null && seen.Add(p.Name)))
        {
            yield return $"property {property.Name}";
        }

        foreach (var missing in itf.BaseInterfaces.SelectMany(b => Missing(block, b, seen)))
        {
            yield return missing;
        }
    }

    private static IEnumerable<FunctionBlockMember> MembersOf(PouSymbol pou)
    {
        foreach (var variable in pou.Variables)
        {
            var kind = variable.Storage switch
            {
                VariableStorage.Input => VariableKind.Input,
                VariableStorage.Output => VariableKind.Output,
                VariableStorage.InOut => VariableKind.InOut,
                VariableStorage.Temp => VariableKind.Temp,
                VariableStorage.Static => VariableKind.Static,
                _ => VariableKind.Local,
            };
            yield return new FunctionBlockMember(variable.Name, variable.Type, kind);
        }
    }

    private void DeclareTasks(ConfigurationDeclarationSyntax configuration)
    {
        var configurationName = Names.Of(configuration.Name);
        var tasks = new Dictionary<string, (TaskSymbol Task, List<ProgramInstanceSymbol> Programs)>(StringComparer.OrdinalIgnoreCase);
        var unassigned = new List<ProgramInstanceSymbol>();
        CollectTasks(configuration.Elements, configurationName, null, tasks, unassigned);
        foreach (var (task, programs) in tasks.Values)
        {
            task.Programs = programs;
            _globals.AddTask(task);
        }
    }

    private void CollectTasks(IReadOnlyList<SyntaxNode> elements, string configuration, string? resource,
        Dictionary<string, (TaskSymbol Task, List<ProgramInstanceSymbol> Programs)> tasks, List<ProgramInstanceSymbol> unassigned)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case ResourceDeclarationSyntax nested:
                    CollectTasks(nested.Elements, configuration, Names.Of(nested.Name), tasks, unassigned);
                    break;
                case TaskConfigurationSyntax taskSyntax:
                    var task = new TaskSymbol(Names.Of(taskSyntax.Name), taskSyntax, configuration, resource);
                    ReadTaskSettings(task, taskSyntax);
                    if (!tasks.TryAdd(task.Name, (task, [])))
                    {
                        ReportDuplicate("task", taskSyntax.Name, tasks[task.Name].Task.Declaration is TaskConfigurationSyntax t ? t.Name : null);
                    }

                    break;
                case ProgramConfigurationSyntax programSyntax:
                    var program = _globals.FindPou(Names.Of(programSyntax.TypeName));
                    if (program is null && !programSyntax.TypeName.IsMissing && programSyntax.TypeName.Parent?.SyntaxTree is { } tree)
                    {
                        _diagnostics.Report(SemanticDiagnosticCodes.UnknownType, programSyntax.TypeName, tree.Source, Names.Of(programSyntax.TypeName));
                    }

                    var taskName = programSyntax.TaskName is { } tn ? Names.Of(tn) : null;
                    var instance = new ProgramInstanceSymbol(Names.Of(programSyntax.Name), programSyntax, taskName, program);
                    if (taskName is not null && tasks.TryGetValue(taskName, out var entry))
                    {
                        entry.Programs.Add(instance);
                    }
                    else
                    {
                        unassigned.Add(instance);
                    }

                    break;
            }
        }
    }

    private void ReadTaskSettings(TaskSymbol task, TaskConfigurationSyntax syntax)
    {
        if (syntax.Arguments is null)
        {
            return;
        }

        foreach (var argument in syntax.Arguments.Arguments)
        {
            if (argument.Name is not { } name || argument.Value is null)
            {
                continue;
            }

            var value = _evaluator.Evaluate(argument.Value, null);
            if (Names.Same(name.Text, "INTERVAL") && value is DurationValue duration)
            {
                task.Interval = duration.ToTimeSpan();
            }
            else if (Names.Same(name.Text, "PRIORITY") && value is IntegerValue priority)
            {
                task.Priority = (int)priority.Value;
            }
        }
    }
}
