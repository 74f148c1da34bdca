package org.communitysafety.indicators.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A report as Markdown: headings, bullet headlines, pipe tables, and charts as inline SVG images. */
final class ReportMarkdown {

    private ReportMarkdown() {}

    static String render(Report report) {
        StringBuilder m = new StringBuilder(1 << 14);
        m.append("# ").append(report.title()).append("\n\n").append('*').append(report.subtitle()).append("*\n\n");
        for (String s : report.headlines()) {
            m.append("- ").append(s).append('\n');
        }
        m.append('\n');
        for (Report.Section s : report.sections()) {
            m.append("## ").append(s.title()).append("\n\n");
            for (String p : s.paragraphs()) {
                m.append(p).append("\n\n");
            }
            for (Report.Table t : s.tables()) {
                m.append("### ").append(t.title()).append("\n\n");
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
                    m.append("> ").append(n).append("\n\n");
                }
            }
            for (Report.Figure f : s.figures()) {
                m.append("![").append(f.title()).append("](data:image/svg+xml;base64,")
                        .append(Base64.getEncoder().encodeToString(f.svg().getBytes(StandardCharsets.UTF_8)))
                        .append(")\n\n*").append(f.caption()).append("*\n\n");
            }
        }
        return m.toString();
    }

    private static void row(StringBuilder m, java.util.List<String> cells) {
        m.append('|');
        for (String c : cells) {
            m.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        m.append('\n');
    }
}
