using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Z3;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// Finds the native Z3 library. The Microsoft.Z3 package (4.12.2) ships native builds for Windows and macOS only; on
/// Linux the engine uses Debian's libz3-4 (<c>libz3.so.4</c>, 4.8.12, which needs libgomp.so.1), installed by .ci/run.
/// That build lacks the switch the 4.12 wrapper turns on when it creates a context (<c>Z3_enable_concurrent_dec_ref</c>):
/// the wrapper releases terms, models and parameters from the .NET finalizer thread while the engine still works
/// with the context, which 4.8 does not allow. A small shim library that links libz3.so.4 is compiled once with the C
/// compiler and loaded in its place: it accepts the switch and makes those releases no-ops. Nothing is lost: every
/// check uses its own context, and deleting a context frees all its terms (solvers are disposed by the engine).
/// </summary>
internal static class Z3Library
{
    private const string ShimSource = """
        void Z3_enable_concurrent_dec_ref(void* c) { (void)c; }
        void Z3_dec_ref(void* c, void* a) { (void)c; (void)a; }
        void Z3_model_dec_ref(void* c, void* a) { (void)c; (void)a; }
        void Z3_params_dec_ref(void* c, void* a) { (void)c; (void)a; }
        void Z3_ast_vector_dec_ref(void* c, void* a) { (void)c; (void)a; }
        void Z3_func_interp_dec_ref(void* c, void* a) { (void)c; (void)a; }
        void Z3_func_entry_dec_ref(void* c, void* a) { (void)c; (void)a; }
        void Z3_stats_dec_ref(void* c, void* a) { (void)c; (void)a; }

        """;

    private static readonly Lazy<string?> Problem = new(Load);
    private static string? _shim;

    /// <summary>Null when Z3 can be used; else why not (the verdict is then unknown, never a guess).</summary>
    public static string? Check() => Problem.Value;

    private static string? Load()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(Context).Assembly, Resolve);
            using var context = new Context();
            using var solver = context.MkSolver();
            solver.Assert(context.MkBoolConst("probe"));
            return solver.Check() == Status.SATISFIABLE ? null : "the Z3 solver did not answer a trivial query";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException or Z3Exception)
        {
            return $"the Z3 solver library could not be loaded ({e.Message}); on Debian install libz3-4 and gcc";
        }
    }

    /// <summary>Builds (once per machine and user) the shim that adds the missing entry point to Debian's libz3.so.4.</summary>
    private static string? Shim()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            return null;
        }

        // Never the shared temp folder: a library there could be planted by another account and would then be loaded
        // into this process. The user's own data folder, created owner-only, is not writable by anyone else.
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(data))
        {
            return null;
        }

        var folder = Path.Combine(data, "plcfleet", "z3shim");
        // Named by its source, so a shim built from an older source is never loaded in its place.
        var version = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ShimSource)))[..12];
        var library = Path.Combine(folder, $"libz3shim-{version}.so");
        if (File.Exists(library))
        {
            return IsPrivate(folder) ? library : null;
        }

        try
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            if (!IsPrivate(folder))
            {
                return null;
            }

            var source = Path.Combine(folder, "z3shim.c");
            File.WriteAllText(source, ShimSource);
            var temporary = Path.Combine(folder, $"libz3shim-{version}.{Environment.ProcessId}.so");
            var start = new System.Diagnostics.ProcessStartInfo("cc", ["-shared", "-fPIC", "-o", temporary, source, "-Wl,--no-as-needed", "-l:libz3.so.4"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var compiler = System.Diagnostics.Process.Start(start);
            if (compiler is null)
            {
                return null;
            }

            compiler.StandardError.ReadToEnd();
            compiler.WaitForExit();
            if (compiler.ExitCode != 0)
            {
                return null;
            }

            File.Move(temporary, library, overwrite: true);
            return library;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Only a folder that no other account can write is trusted to hold a library this process loads.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool IsPrivate(string folder) =>
        (File.GetUnixFileMode(folder) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (!name.Contains("z3", StringComparison.OrdinalIgnoreCase))
        {
            return IntPtr.Zero;
        }

        _shim ??= Shim();
        if (_shim is not null && NativeLibrary.TryLoad(_shim, out var shim))
        {
            return shim;
        }

        foreach (var candidate in new[] { name, "libz3.so.4", "libz3.so" })
        {
            if (NativeLibrary.TryLoad(candidate, assembly, path, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
