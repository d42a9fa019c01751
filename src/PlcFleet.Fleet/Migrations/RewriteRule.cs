using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations;

/// <summary>
/// A match/replace template for the structural-rewrite agent; holes <c>:[name]</c> bind whole expressions or
/// statement lists, and a hole used twice must match equal text.
/// </summary>
public sealed record RewriteRule(string Name, string Match, string Replace, LinePosition Position);
