namespace PlcFleet.Fleet.Migrations.Body;

/// <summary>A <c>## Heading</c> of the body with its Markdown text (up to the next <c>##</c>).</summary>
public sealed record MigrationSection(string Heading, int Line, int Column, string Text, int TextLine);
