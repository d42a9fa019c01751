using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>Comments and pragmas of every file of a site, with their positions.</summary>
internal static class TriviaScan
{
    public static IEnumerable<(string File, SyntaxTrivia Trivia, SourceRef Location)> All(SiteAnalysis site)
    {
        foreach (var file in site.Model.Project.Files)
        {
            var source = file.Syntax.Source;
            foreach (var token in file.Syntax.Root.DescendantTokens())
            {
                foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
                {
                    if (trivia.IsComment || trivia.Kind == SyntaxKind.PragmaTrivia)
                    {
                        var position = source.GetLinePosition(trivia.Span.Start);
                        yield return (file.RelativePath, trivia, new SourceRef(file.RelativePath, position.Line, position.Column));
                    }
                }
            }
        }
    }

    public static string Norm(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
