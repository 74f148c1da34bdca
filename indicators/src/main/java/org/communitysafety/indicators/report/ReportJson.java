package org.communitysafety.indicators.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report as JSON: {@code title, subtitle, language, unit, period, headlines, sections[...]}. */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {}

    static String render(Report report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", report.title());
        root.put("subtitle", report.subtitle());
        root.put("language", report.language().name().toLowerCase(java.util.Locale.ROOT));
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
                tm.put("notes", t.notes());
                tables.add(tm);
            }
            m.put("tables", tables);
            List<Object> figures = new ArrayList<>();
            for (Report.Figure f : s.figures()) {
                figures.add(Map.of("title", f.title(), "caption", f.caption(), "svg", f.svg()));
            }
            m.put("figures", figures);
            sections.add(m);
        }
        root.put("sections", sections);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }
}
