namespace PlcFleet.Fleet.Migrations.Body;

/// <summary>One fenced code block of an example; <see cref="Line"/> is the file line of its opening fence.</summary>
public sealed record ExampleCode(string Language, string Code, int Line);
