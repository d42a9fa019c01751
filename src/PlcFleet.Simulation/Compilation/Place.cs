using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Something compiled code can read and write: a variable, member, array element, bit, property or dereferenced
/// pointer. <see cref="Storage"/> and <see cref="Index"/> are set when it is one slot of typed storage (ADR can point at it).
/// </summary>
internal sealed record Place(StType Type, Expression Read, Func<Expression, Expression> Write, Expression? Storage = null, Expression? Index = null);
