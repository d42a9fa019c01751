using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PlcFleet.Mcp.Answers;
using PlcFleet.Mcp.Simulation;
using PlcFleet.Fleet.Workspaces;

namespace PlcFleet.Mcp.Tools;

[McpServerToolType]
public sealed class EquivTool
{
    public const int MaxTraces = 2000;

    [McpServerTool(Name = "equiv", ReadOnly = true, Idempotent = true)]
    [Description("Check that a refactoring keeps a PROGRAM's observable behaviour: the same input traces (the site's scenarios, then seeded random ones) " +
        "run on the code before and after the change, scan by scan, comparing every output. " +
        "When they find nothing, a solver proves equivalence or looks deeper (30,000 parts, 10-minute timers). " +
        "Returns 'equiv: EQUIVALENT (...)' (proven, or bounded to a depth), 'equiv: NOT EQUIVALENT (...)' with the first cycle where an output differs and an input trace that shows it, " +
        "or 'equiv: NOT PROVEN (...)' with what could not be modelled.")]
    public static CallToolResult Equiv(
        McpRoot root,
        [Description("The site folder after the change (absolute path).")] string after,
        [Description("Optional folder with the code before the change. Omit it to compare with the last git commit of the 'after' folder's repository.")] string? before = null,
        [Description("Optional PROGRAM name; default: every program the scenarios exercise, else every program.")] string? program = null,
        [Description("Optional seed of the random traces, to replay an earlier answer exactly.")] int? seed = null,
        [Description("Number of random input traces (budget), default 50, at most 2000.")] int traces = 50,
        [Description("Optional outputs the change is meant to alter; they are not compared.")] string[]? allowChange = null)
    {
        if (McpPaths.Refusal(root, ref after, ref before) is { } refusal)
        {
            return ToolAnswer.Failure($"equiv: NOT RUN (refused: {refusal})").ToResult();
        }

        if (!Directory.Exists(after))
        {
            return ToolAnswer.Failure($"equiv: NOT RUN (folder '{after}' does not exist)").ToResult();
        }

        if (traces is < 0 or > MaxTraces)
        {
            return ToolAnswer.Failure($"equiv: NOT RUN (traces must be between 0 and {MaxTraces}, not {traces})").ToResult();
        }

        var afterRoot = Path.GetFullPath(after);
        using var beforeVersion = BeforeVersion.Resolve(afterRoot, before, gitRef: null, out var error);
        if (beforeVersion is null)
        {
            return ToolAnswer.Failure($"equiv: NOT RUN ({error})").ToResult();
        }

        return EquivalenceCheck.Run(new EquivalenceRequest(beforeVersion.Root, afterRoot)
        {
            Program = string.IsNullOrWhiteSpace(program) ? null : program,
            Seed = seed,
            RandomTraces = traces,
            AllowedToChange = allowChange ?? [],
        }).ToResult();
    }
}
