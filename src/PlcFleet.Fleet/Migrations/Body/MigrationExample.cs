namespace PlcFleet.Fleet.Migrations.Body;

/// <summary>A <c>### ...</c> example under <c>## Examples</c>: the code before and after the change.</summary>
public sealed record MigrationExample(string Title, int Line, int Column, ExampleCode? Before, ExampleCode? After)
{
    public bool IsComplete => Before is not null && After is not null;
}
