using System.CommandLine;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Users;
using Spectre.Console;

namespace PlcFleet.Cli.Commands.Users;

/// <summary>
/// <c>--as USER</c> with proof: the user's password from <c>--password-file FILE</c>, else the environment variable
/// <c>PLCFLEET_PASSWORD</c> (scripts and CI), else a hidden prompt on a terminal. A name alone is never trusted.
/// The password is never echoed, printed or passed on; only its check result is.
/// </summary>
public sealed class ActorSignIn
{
    public const string PasswordVariable = "PLCFLEET_PASSWORD";

    public ActorSignIn(bool required = true, string description = "Your user name (you are asked for your password)")
    {
        User = new Option<string?>("--as") { Description = description, Required = required };
        PasswordFile = new Option<string?>("--password-file")
        {
            Description = $"File whose first line is your password (for scripts; else ${PasswordVariable}, else a hidden prompt)",
        };
    }

    public Option<string?> User { get; }

    public Option<string?> PasswordFile { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(User);
        command.Options.Add(PasswordFile);
    }

    /// <summary>The signed-in user, or null with the reason on stderr (the caller exits with a usage error).</summary>
    public async Task<UserRecord?> SignInAsync(ParseResult parse, IFleetStore store, string command, string purpose, CancellationToken cancellationToken)
    {
        var userName = parse.GetValue(User) ?? "";
        var password = ReadPassword(parse, userName, out var problem);
        if (password is null)
        {
            Console.Error.WriteLine($"plcfleet {command}: {problem}");
            return null;
        }

        var signIn = await new UserAuthenticator(store).SignInAsync(userName, password, purpose, cancellationToken);
        if (!signIn.Succeeded)
        {
            Console.Error.WriteLine($"plcfleet {command}: {signIn.Refusal}");
        }

        return signIn.User;
    }

    private string? ReadPassword(ParseResult parse, string userName, out string problem)
    {
        problem = "";
        if (parse.GetValue(PasswordFile) is { } file)
        {
            try
            {
                // The first line only, without its line break: files written by echo or an editor both work.
                using var reader = new StreamReader(file);
                return reader.ReadLine() ?? "";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"cannot read the password file {file}: {e.Message}";
                return null;
            }
        }

        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected)
        {
            problem = $"no password for '{userName}': pass --password-file FILE or set {PasswordVariable} (no terminal to ask on)";
            return null;
        }

        // The prompt goes to stderr, so stdout stays the command's result.
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return terminal.Prompt(new TextPrompt<string>($"Password for [bold]{Markup.Escape(userName)}[/]:").Secret().AllowEmpty());
    }
}
