using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using PlcFleet.Mcp.Answers;
using PlcFleet.Mcp.Checking;

namespace PlcFleet.Mcp.Tools;

[McpServerToolType]
public sealed class CheckTool
{
    [McpServerTool(Name = "check", ReadOnly = true, Idempotent = true)]
    [Description("Compile-check IEC 61131-3 Structured Text / Siemens SCL code: syntax, declarations and types. " +
        "Returns one line per problem as 'file:line:col: error CODE: message' and a summary line; no problem lines means the code compiles.")]
    public static CallToolResult Check(
        McpRoot root,
        [Description("A .st/.scl file, or a folder searched recursively and read as one PLC project (absolute path preferred).")] string path) =>
        (root.Resolve(path, out var refusal) is { } full ? CompileCheck.Run(full) : ToolAnswer.Failure($"check: refused ({refusal})")).ToResult();
}
