package org.communitysafety.indicators.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A report as Markdown: headings, bullet headlines, pipe tables, and charts as inline SVG images.
 * Every text is written through {@link #text}, because unit names and labels come from the data:
 * nothing in them can start raw HTML, a link or a new block.
 */
final class ReportMarkdown {

    private ReportMarkdown() {}

    static String render(Report report) {
        StringBuilder m = new StringBuilder(1 << 14);
        try {
            write(report, m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringBuilder does not fail
        }
        return m.toString();
    }

    /** Writes the Markdown to {@code m} as it goes: a table row, a paragraph at a time. */
    static void write(Report report, Appendable m) throws IOException {
        m.append("# ").append(text(report.title())).append("\n\n").append('*').append(text(report.subtitle()))
                .append("*\n\n");
        for (String s : report.headlines()) {
            m.append("- ").append(text(s)).append('\n');
        }
        m.append('\n');
        for (Report.Section s : report.sections()) {
            m.append("## ").append(text(s.title())).append("\n\n");
            for (String p : s.paragraphs()) {
                m.append(text(p)).append("\n\n");
            }
            for (Report.Table t : s.tables()) {
                m.append("### ").append(text(t.title())).append("\n\n");
                row(m, t.header());
                m.append('|');
                for (int i = 0; i < t.header().size(); i++) {
                    m.append(i == 0 ? " --- |" : " ---: |");
                }
                m.append('\n');
                for (var r : t.rows()) {
                    row(m, r);
                }
                m.append('\n');
                for (String n : t.notes()) {
                    m.append("> ").append(text(n)).append("\n\n");
                }
            }
            for (Report.Figure f : s.figures()) {
                m.append("![").append(text(f.title())).append("](data:image/svg+xml;base64,")
                        .append(Base64.getEncoder().encodeToString(f.svg().getBytes(StandardCharsets.UTF_8)))
                        .append(")\n\n*").append(text(f.caption())).append("*\n\n");
            }
        }
    }

    private static void row(Appendable m, java.util.List<String> cells) throws IOException {
        m.append('|');
        for (String c : cells) {
            m.append(' ').append(text(c).replace("|", "\\|")).append(" |");
        }
        m.append('\n');
    }

    /**
     * Text as Markdown shows it and no more: line breaks become spaces (a name cannot start a
     * heading or a list), a {@code <} that could open an HTML tag, comment or declaration
     * ({@code <img}, {@code </}, {@code <!}, {@code <?}) becomes {@code &lt;}, and brackets are
     * escaped so that no link or image is made. {@code p < 0.05} is left as it is.
     */
    static String text(String s) {
        StringBuilder t = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '\r', '\n' -> " ";
                case '[' -> "\\[";
                case ']' -> "\\]";
                case '<' -> i + 1 < s.length() && opensMarkup(s.charAt(i + 1)) ? "&lt;" : null;
                default -> null;
            };
            if (r != null && t == null) {
                t = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (t != null) {
                if (r != null) {
                    t.append(r);
                } else {
                    t.append(c);
                }
            }
        }
        return t == null ? s : t.toString();
    }

    private static boolean opensMarkup(char next) {
        return next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!' || next == '?';
    }
}
