package org.communitysafety.indicators.report;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.communitysafety.core.io.JsonWriter;

/**
 * A report as JSON: {@code title, subtitle, language, unit, period, headlines, sections[...]},
 * each section {@code id, title, paragraphs, tables[title, header, rows, notes],
 * figures[title, caption, svg]}, indented as Jackson's default pretty printer did, with a final
 * line break. Written by core's dependency-free {@link JsonWriter}: a report needs no Jackson.
 * The keys of a figure come in that fixed order (they came from an unordered map before).
 */
final class ReportJson {

    private ReportJson() {}

    static String render(Report report) {
        StringWriter out = new StringWriter();
        write(report, JsonWriter.pretty(out));
        return out.toString();
    }

    /** Writes the JSON through {@code w}, and flushes it. */
    static void write(Report report, JsonWriter w) {
        w.beginObject();
        w.name("title").value(report.title());
        w.name("subtitle").value(report.subtitle());
        w.name("language").value(report.language().name().toLowerCase(Locale.ROOT));
        w.name("unit").value(report.unitCode());
        w.name("period").value(report.period().toString());
        Report.Masthead head = report.masthead();
        head.issuer().ifPresent(i -> w.name("issuer").value(i));
        head.documentNumber().ifPresent(n -> w.name("documentNumber").value(n));
        head.issuedOn().ifPresent(d -> w.name("issuedOn").value(d.toString()));
        w.name("headlines");
        strings(w, report.headlines());
        w.name("sections").beginArray();
        for (Report.Section s : report.sections()) {
            w.beginObject();
            w.name("id").value(s.id());
            w.name("title").value(s.title());
            w.name("paragraphs");
            strings(w, s.paragraphs());
            w.name("tables").beginArray();
            for (Report.Table t : s.tables()) {
                w.beginObject();
                w.name("title").value(t.title());
                w.name("header");
                strings(w, t.header());
                w.name("rows").beginArray();
                for (List<String> row : t.rows()) {
                    strings(w, row);
                }
                w.endArray();
                if (t.isToned()) {   // a cell's tone, as the HTML shades it: "better", "worse" or ""
                    w.name("tones").beginArray();
                    for (List<Report.Cell> row : t.cells()) {
                        strings(w, row.stream().map(c -> c.tone() == Report.Tone.NONE ? ""
                                : c.tone().name().toLowerCase(java.util.Locale.ROOT)).toList());
                    }
                    w.endArray();
                }
                w.name("notes");
                strings(w, t.notes());
                w.endObject();
            }
            w.endArray();
            w.name("figures").beginArray();
            for (Report.Figure f : s.figures()) {
                w.beginObject();
                w.name("title").value(f.title());
                w.name("caption").value(f.caption());
                w.name("svg").value(f.svg());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.raw("\n");
        w.flush();
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }
}
