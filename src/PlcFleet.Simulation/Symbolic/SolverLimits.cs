using Microsoft.Z3;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// The limits of one solver query: Z3's resource count (deterministic: the same query stops at the same point on a
/// busy and an idle machine) and, only as the user's overall bound, what is left of the wall-time budget.
/// </summary>
internal static class SolverLimits
{
    public static Params Of(Context z3, uint resources, TimeSpan left)
    {
        var parameters = z3.MkParams();
        parameters.Add("rlimit", Math.Max(1u, resources));
        parameters.Add("timeout", (uint)Math.Clamp(left.TotalMilliseconds, 1, uint.MaxValue));
        return parameters;
    }
}
