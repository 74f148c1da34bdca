package org.communitysafety.indicators.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A report as Markdown: headings, bullet headlines, pipe tables, and charts as SVG images — files
 * beside the Markdown file, linked by name, when one is written ({@link Report#writeMarkdown}),
 * so that every renderer shows them and no line is a 10,000-character data URI; inline data URIs
 * when the Markdown is one string or stream ({@link Report#toMarkdown()}).
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

    /** Writes the Markdown to {@code m} as it goes: a table row, a paragraph at a time; charts inline. */
    static void write(Report report, Appendable m) throws IOException {
        write(report, m, null);
    }

    /** Where a chart goes: its file's name relative to the Markdown, or null for an inline data URI. */
    interface Charts {
        String link(Report.Figure figure, int number) throws IOException;
    }

    /**
     * Writes the Markdown to {@code m}; each chart, numbered from 1 in order, is linked to the
     * file {@code charts} names for it (having written it), or inline when {@code charts} is null.
     */
    static void write(Report report, Appendable m, Charts charts) throws IOException {
        int figure = 0;
        Report.Masthead head = report.masthead();
        if (head.issuer().isPresent()) {
            m.append("**").append(text(head.issuer().get())).append("**\n\n");
        }
        if (head.documentNumber().isPresent()) {
            m.append(text(head.documentNumber().get())).append("\n\n");
        }
        if (head.issuer().isPresent() || head.documentNumber().isPresent()) {
            m.append("---\n\n");
        }
        m.append("# ").append(text(report.title())).append("\n\n").append('*').append(text(report.subtitle()))
                .append("*\n\n");
        if (head.issuedOn().isPresent()) {
            m.append(text(head.issuedOn(report.language()).get())).append("\n\n");
        }
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
                boolean prose = t.isProse();
                for (int i = 0; i < t.header().size(); i++) {
                    m.append(i == 0 || prose ? " --- |" : " ---: |");
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
                m.append("![").append(text(f.title())).append("](");
                if (charts == null) {
                    m.append("data:image/svg+xml;base64,")
                            .append(Base64.getEncoder().encodeToString(f.svg().getBytes(StandardCharsets.UTF_8)));
                } else {
                    m.append(destination(charts.link(f, ++figure)));
                }
                m.append(")\n\n*").append(text(f.caption())).append("*\n\n");
            }
        }
    }

    /**
     * A file name as a link destination: percent-encoded where Markdown would end or break the
     * destination (spaces, parentheses, angle brackets, {@code %}); other characters, Chinese
     * ones included, as they are.
     */
    static String destination(String name) {
        StringBuilder d = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case ' ' -> d.append("%20");
                case '(' -> d.append("%28");
                case ')' -> d.append("%29");
                case '<' -> d.append("%3C");
                case '>' -> d.append("%3E");
                case '%' -> d.append("%25");
                default -> d.append(c);
            }
        }
        return d.toString();
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
