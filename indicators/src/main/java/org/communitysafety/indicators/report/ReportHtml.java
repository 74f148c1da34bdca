package org.communitysafety.indicators.report;

import org.communitysafety.indicators.phrasing.Wording;

/**
 * A report as one self-contained HTML page — also well-formed XML (XHTML syntax), so that tests
 * and tools can parse it: inline CSS and inline SVG charts; no scripts, no
 * external fonts, images or style sheets, so it opens the same offline. Fonts fall back through
 * the CJK families found on Linux, Windows and macOS to the browser's sans-serif.
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
            th { background: #eef2f6; }
            td:first-child, th:first-child { text-align: left; }
            p.note { color: #555; font-size: 0.85em; margin-top: 0.2em; }
            figure { margin: 1em 0; }
            figure svg { max-width: 100%%; height: auto; }
            figcaption { color: #555; font-size: 0.85em; }
            footer { color: #777; font-size: 0.8em; margin-top: 3em; }
            """.formatted(FONTS);

    private ReportHtml() {}

    static String render(Report report) {
        StringBuilder h = new StringBuilder(1 << 16);
        Wording words = Wording.of(ReportContext.WORDING, report.language());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(words.text("html.lang")).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(report.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(report.title())).append("</h1>\n");
        h.append("<p class=\"subtitle\">").append(esc(report.subtitle())).append("</p>\n");
        if (!report.headlines().isEmpty()) {
            h.append("<ul class=\"headlines\">\n");
            for (String s : report.headlines()) {
                h.append("<li>").append(esc(s)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        for (Report.Section s : report.sections()) {
            h.append("<section id=\"").append(esc(s.id())).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n");
            for (String p : s.paragraphs()) {
                h.append("<p>").append(esc(p)).append("</p>\n");
            }
            for (Report.Table t : s.tables()) {
                table(h, t);
            }
            for (Report.Figure f : s.figures()) {
                h.append("<figure>\n").append(f.svg()).append('\n')
                        .append("<figcaption>").append(esc(f.caption())).append("</figcaption>\n</figure>\n");
            }
            h.append("</section>\n");
        }
        h.append("<footer>").append(esc(words.text("html.footer")))
                .append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, Report.Table t) {
        h.append("<h3>").append(esc(t.title())).append("</h3>\n<table>\n<thead><tr>");
        for (String c : t.header()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (var row : t.rows()) {
            h.append("<tr>");
            for (String c : row) {
                h.append("<td>").append(esc(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        for (String n : t.notes()) {
            h.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
        }
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
