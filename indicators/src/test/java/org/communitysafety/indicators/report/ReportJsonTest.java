package org.communitysafety.indicators.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report's JSON is written without Jackson now; it must be the bytes Jackson's
 * {@code ObjectMapper} with {@code INDENT_OUTPUT} wrote before, which this test still builds the
 * old way (the figures' keys in the one order the new writer uses: title, caption, svg — before,
 * they came from an unordered {@code Map.of}).
 */
final class ReportJsonTest {

    @Test
    void toJson_zhAndEn_sameBytesAsJacksonsObjectMapper() throws Exception {
        for (Report r : List.of(ReportTest.ZH, ReportTest.EN)) {
            assertThat(r.toJson()).isEqualTo(jackson(r));
        }
        assertThat(ReportTest.ZH.toJson()).startsWith("{\n  \"title\" : \"").endsWith("\n}\n");
    }

    private static String jackson(Report report) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", report.title());
        root.put("subtitle", report.subtitle());
        root.put("language", report.language().name().toLowerCase(Locale.ROOT));
        root.put("unit", report.unitCode());
        root.put("period", report.period().toString());
        root.put("headlines", report.headlines());
        List<Object> sections = new ArrayList<>();
        for (Report.Section s : report.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("paragraphs", s.paragraphs());
            List<Object> tables = new ArrayList<>();
            for (Report.Table t : s.tables()) {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("title", t.title());
                tm.put("header", t.header());
                tm.put("rows", t.rows());
                if (t.isToned()) {
                    tm.put("tones", t.cells().stream().map(r -> r.stream().map(c -> c.tone() == Report.Tone.NONE ? ""
                            : c.tone().name().toLowerCase(Locale.ROOT)).toList()).toList());
                }
                tm.put("notes", t.notes());
                tables.add(tm);
            }
            m.put("tables", tables);
            List<Object> figures = new ArrayList<>();
            for (Report.Figure f : s.figures()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("title", f.title());
                fm.put("caption", f.caption());
                fm.put("svg", f.svg());
                figures.add(fm);
            }
            m.put("figures", figures);
            sections.add(m);
        }
        root.put("sections", sections);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
                .replace(System.lineSeparator(), "\n") + "\n";
    }
}
