using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// One thing a vendor file declares, as its engineering tool shows it in the project tree: a POU, method, property,
/// action, transition, data type, global list, task, routine, add-on instruction, tag or library reference.
/// </summary>
/// <param name="Kind">The tool's word for it: <c>FUNCTION_BLOCK</c>, <c>METHOD</c>, <c>Routine (RLL)</c>, <c>Task</c>, <c>Library</c>.</param>
/// <param name="Name">Qualified where the tool qualifies it: <c>FB_Conveyor.M_Start</c>, <c>MainProgram/Safety</c>.</param>
public sealed record VendorObject(string Kind, string Name, LinePosition Position);
