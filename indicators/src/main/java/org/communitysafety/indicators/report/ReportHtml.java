package org.communitysafety.indicators.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.communitysafety.indicators.phrasing.Wording;

/**
 * A report as one self-contained HTML page — also well-formed XML (XHTML syntax), so that tests
 * and tools can parse it: inline CSS and inline SVG charts; no external scripts, fonts, images
 * or style sheets, so it opens the same offline. The one script, inline and only on a page with a
 * {@linkplain Report.Table#sortable() sortable} table, sorts that table's rows when a column's
 * header is clicked (numbers by value, text by the reader's collation, empty cells last); the
 * page reads the same without it. Fonts fall back through
 * the CJK families found on Linux, Windows and macOS to the browser's sans-serif. Printed from a
 * browser ({@code @media print}) it takes A4 pages with the margins of the PDF bulletin
 * ({@code csi-pdf}), repeats a table's header on each page, and splits no row, chart or
 * headline, nor leaves a heading at a page's foot.
 */
final class ReportHtml {

    private static final String FONTS = "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", "
            + "\"WenQuanYi Micro Hei\", \"WenQuanYi Zen Hei\", \"Microsoft YaHei\", \"PingFang SC\", "
            + "\"Hiragino Sans GB\", sans-serif";

    private static final String CSS = """
            body { font-family: %s; color: #222; max-width: 980px; margin: 2em auto; padding: 0 1em; line-height: 1.6; }
            h1 { font-size: 1.7em; margin-bottom: 0.2em; }
            .subtitle { color: #555; margin-top: 0; }
            h2 { border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; margin-top: 2em; }
            h3 { font-size: 1.05em; margin-bottom: 0.3em; }
            ul.headlines { background: #f3f7fb; border-left: 4px solid #0072B2; padding: 0.8em 1.2em 0.8em 2em; }
            table { border-collapse: collapse; width: 100%%; font-size: 0.92em; margin: 0.5em 0; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: right; }
            .masthead { text-align: center; border-bottom: 2px solid #C00000; margin-bottom: 1.2em; }
            .masthead .issuer { color: #C00000; font-size: 1.9em; font-weight: bold; letter-spacing: 0.15em; margin: 0.2em 0; }
            .masthead .docno { margin: 0.2em 0 0.6em; }
            .issued { text-align: right; color: #333; }
            table.sortable th { cursor: pointer; }
            table.sortable th[aria-sort=ascending]::after { content: " \\25B2"; }
            table.sortable th[aria-sort=descending]::after { content: " \\25BC"; }
            th { background: #eef2f6; }
            td.better { background: #d5efe6; }
            td.worse { background: #f9ddcb; }
            td:first-child, th:first-child { text-align: left; }
            table.prose td, table.prose th { text-align: left; vertical-align: top; }
            p.note { color: #555; font-size: 0.85em; margin-top: 0.2em; }
            figure { margin: 1em 0; }
            figure svg { max-width: 100%%; height: auto; }
            figcaption { color: #555; font-size: 0.85em; }
            footer { color: #777; font-size: 0.8em; margin-top: 3em; }
            @media print {
              @page { size: A4; margin: 22mm 16mm 20mm 16mm; }
              body { max-width: none; margin: 0; padding: 0; }
              h2, h3 { page-break-after: avoid; break-after: avoid; }
              thead { display: table-header-group; }
              td.better, td.worse { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              tr, figure, ul.headlines li { page-break-inside: avoid; break-inside: avoid; }
            }
            """.formatted(FONTS);

    private ReportHtml() {}

    static String render(Report report) {
        StringBuilder h = new StringBuilder(1 << 16);
        try {
            write(report, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not fail
        }
        return h.toString();
    }

    /**
     * Sorts a sortable table by the column whose header is clicked, ascending then descending:
     * cells that read as numbers (thousands separators, %, a − sign and a significance * aside)
     * by value, the others by {@code localeCompare}, empty cells ({@code —}) last. Written without
     * {@code <} or {@code &} so that the page stays well-formed XML.
     */
    private static final String SORT = """
            document.querySelectorAll("table.sortable").forEach(function (t) {
              var heads = t.querySelectorAll("th");
              heads.forEach(function (th, col) {
                th.addEventListener("click", function () {
                  var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
                  heads.forEach(function (o) { o.removeAttribute("aria-sort"); });
                  th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
                  function text(r) { return r.cells[col].textContent; }
                  function key(r) {
                    var n = parseFloat(text(r).replace(/\\u2212/g, "-").replace(/[,%*\\s]/g, ""));
                    return isNaN(n) ? null : n;
                  }
                  var body = t.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = key(a), y = key(b);
                    if (x === null || y === null) {
                      if (x !== y) { return x === null ? 1 : -1; }
                      return text(a) === "\\u2014" ? 1 : text(b) === "\\u2014" ? -1 : text(a).localeCompare(text(b)) * dir;
                    }
                    return (x - y) * dir;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            """;

    /** Writes the page to {@code h} as it goes: a table row, a paragraph at a time. */
    static void write(Report report, Appendable h) throws IOException {
        Wording words = Wording.of(ReportContext.WORDING, report.language());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(words.text("html.lang")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>");
        esc(h, report.title()).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        Report.Masthead head = report.masthead();
        if (head.issuer().isPresent() || head.documentNumber().isPresent()) {
            h.append("<header class=\"masthead\">\n");
            if (head.issuer().isPresent()) {
                esc(h.append("<p class=\"issuer\">"), head.issuer().get()).append("</p>\n");
            }
            if (head.documentNumber().isPresent()) {
                esc(h.append("<p class=\"docno\">"), head.documentNumber().get()).append("</p>\n");
            }
            h.append("</header>\n");
        }
        esc(h.append("<h1>"), report.title()).append("</h1>\n");
        esc(h.append("<p class=\"subtitle\">"), report.subtitle()).append("</p>\n");
        if (head.issuedOn().isPresent()) {
            esc(h.append("<p class=\"issued\">"), head.issuedOn(report.language()).get()).append("</p>\n");
        }
        if (!report.headlines().isEmpty()) {
            h.append("<ul class=\"headlines\">\n");
            for (String s : report.headlines()) {
                esc(h.append("<li>"), s).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        for (Report.Section s : report.sections()) {
            esc(h.append("<section id=\""), s.id()).append("\">\n<h2>");
            esc(h, s.title()).append("</h2>\n");
            for (String p : s.paragraphs()) {
                esc(h.append("<p>"), p).append("</p>\n");
            }
            for (Report.Table t : s.tables()) {
                table(h, t, words);
            }
            for (Report.Figure f : s.figures()) {
                h.append("<figure>\n").append(f.svg()).append('\n').append("<figcaption>");
                esc(h, f.caption()).append("</figcaption>\n</figure>\n");
            }
            h.append("</section>\n");
        }
        esc(h.append("<footer>"), words.text("html.footer")).append("</footer>\n");
        if (report.sections().stream().anyMatch(s -> s.tables().stream().anyMatch(Report.Table::sortable))) {
            h.append("<script>\n").append(SORT).append("</script>\n");
        }
        h.append("</body>\n</html>\n");
    }

    private static void table(Appendable h, Report.Table t, Wording words) throws IOException {
        esc(h.append("<h3>"), t.title()).append(t.sortable() ? "</h3>\n<table class=\"sortable\">\n<thead><tr>"
                : t.isProse() ? "</h3>\n<table class=\"prose\">\n<thead><tr>" : "</h3>\n<table>\n<thead><tr>");
        for (String c : t.header()) {
            esc(h.append("<th>"), c).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (var row : t.cells()) {
            h.append("<tr>");
            for (Report.Cell c : row) {
                h.append(switch (c.tone()) {
                    case BETTER -> "<td class=\"better\">";
                    case WORSE -> "<td class=\"worse\">";
                    case NONE -> "<td>";
                });
                esc(h, c.text()).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (String n : t.notes()) {
            esc(h.append("<p class=\"note\">"), n).append("</p>\n");
        }
        if (t.isToned()) {
            esc(h.append("<p class=\"note\">"), toneNote(t, words)).append("</p>\n");
        }
    }

    /** What the shading of a table means, naming only the colours it draws. */
    static String toneNote(Report.Table t, Wording words) {
        boolean better = t.cells().stream().anyMatch(r -> r.stream().anyMatch(c -> c.tone() == Report.Tone.BETTER));
        boolean worse = t.cells().stream().anyMatch(r -> r.stream().anyMatch(c -> c.tone() == Report.Tone.WORSE));
        String key = better && worse ? "html.tone.both" : better ? "html.tone.better" : "html.tone.worse";
        return words.text(key);
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        try {
            esc(b, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** Appends {@code s} escaped ({@link #esc(String)}) to {@code out}, a run of plain characters at a time; returns {@code out}. */
    static Appendable esc(Appendable out, String s) throws IOException {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            String r = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null) {
                out.append(s, start, i).append(r);
                start = i + 1;
            }
        }
        return out.append(s, start, s.length());
    }
}
