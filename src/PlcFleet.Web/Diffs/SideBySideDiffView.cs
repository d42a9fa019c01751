using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Html;
using PlcFleet.Verification.Scope;
using PlcFleet.Web.Html;

namespace PlcFleet.Web.Diffs;

/// <summary>
/// The change as a two-column table per file, before on the left and after on the right, built by DiffPlex's
/// side-by-side builder from each hunk so changed lines face each other and inserted lines leave a gap opposite.
/// Reads the stored diff (not the repository) with the one unified-diff reader, so the reviewer sees exactly what was verified.
/// </summary>
public static class SideBySideDiffView
{
    public static HtmlString Render(string diff)
    {
        var files = UnifiedDiffParser.Parse(diff);
        if (files.Count == 0)
        {
            return HtmlBuilder.Of($"<p class=\"empty\">The change request has no diff.</p>");
        }

        var html = new HtmlBuilder();
        foreach (var file in files)
        {
            var note = file.IsNew ? " (new file)" : file.IsDeleted ? " (deleted)" : file.IsRenamed ? $" (renamed from {file.OldPath})" : "";
            if (file.IsBinary)
            {
                note += " (binary, not shown)";
            }

            html.Add($"""<section class="file"><h3 class="file-name">{file.Path}{note}</h3><table class="diff"><colgroup><col class="ln"><col class="code"><col class="ln"><col class="code"></colgroup><thead><tr><th colspan="2">before</th><th colspan="2">after</th></tr></thead><tbody>""");
            foreach (var hunk in file.Hunks)
            {
                html.Add($"""<tr class="hunk"><td colspan="4">@@ line {hunk.OldStart} → {hunk.NewStart} {hunk.Context}</td></tr>""");
                var model = SideBySideDiffBuilder.Diff(Text(hunk.OldLines), Text(hunk.NewLines), ignoreWhiteSpace: false);
                for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
                {
                    var before = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
                    var after = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
                    html.Add($"<tr>{Cell(before, hunk.OldStart)}{Cell(after, hunk.NewStart)}</tr>");
                }
            }

            html.Add($"</tbody></table></section>");
        }

        return html.ToHtml();
    }

    // A CR stays part of its line in the diff (as in git); on the page it would only show as a stray character.
    private static string Text(IReadOnlyList<string> lines) => lines.Count == 0 ? "" : string.Join("\n", lines.Select(l => l.TrimEnd('\r'))) + "\n";

    private static HtmlString Cell(DiffPiece? piece, int start)
    {
        if (piece is null || piece.Type == ChangeType.Imaginary || piece.Position is null)
        {
            return HtmlBuilder.Of($"<td class=\"ln\"></td><td class=\"code gap\"></td>");
        }

        var kind = piece.Type switch
        {
            ChangeType.Deleted => "del",
            ChangeType.Inserted => "ins",
            ChangeType.Modified => "mod",
            _ => "same",
        };
        return HtmlBuilder.Of($"<td class=\"ln\">{piece.Position.Value + start - 1}</td><td class=\"code {kind}\">{piece.Text}</td>");
    }
}
