package org.communitysafety.indicators.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.communitysafety.indicators.Change;
import org.communitysafety.indicators.Indicator;
import org.communitysafety.indicators.IndicatorRow;
import org.communitysafety.indicators.Results;
import org.communitysafety.indicators.phrasing.CountStyle;
import org.communitysafety.indicators.phrasing.Language;
import org.communitysafety.indicators.phrasing.Phrasing;
import org.communitysafety.indicators.phrasing.Wording;

/**
 * What every section of one report reads: the unit and period, the computed {@link Results}, the
 * phrasing and the wording of the report's language, and the cells and indicator tables they
 * share. Made once per report, by {@link ReportMaker}; immutable after that.
 *
 * @param spec     what the report was asked for
 * @param tree     the jurisdictions
 * @param taxonomy the incident taxonomy
 * @param code     the code of the unit reported on
 * @param unit     the index of that unit in {@code tree}
 * @param period   the period reported on
 * @param phrasing phrases with approximate counts ("4.5万余宗")
 * @param exact    phrases with exact counts, for tables and precise sentences
 * @param words    the report's wording in its language
 * @param yoy      the year-on-year results of every indicator
 * @param pop      the period-on-period results of the table indicators, for a period shorter than a year
 */
record ReportContext(Report.Builder spec, JurisdictionTree tree, Taxonomy taxonomy, String code, int unit,
        Period period, Phrasing phrasing, Phrasing exact, Wording words, Results yoy, Optional<Results> pop) {

    /** The bundle of the report's wording: {@code ReportText_zh.properties}, {@code ReportText_en.properties}. */
    static final String WORDING = "org.communitysafety.indicators.report.ReportText";
    static final String CRIMINAL = Taxonomy.CRIMINAL;
    static final String ALL = "all";
    /** The dash of an empty cell. */
    static final String NONE = "—";
    /** The prefix of a category's group text: {@code category:theft}. */
    static final String CATEGORY = "category:";

    /** The context of the report on {@code code} in {@code period}: its unit's index, phrasings and wording derived here. */
    static ReportContext of(Report.Builder spec, JurisdictionTree tree, Taxonomy taxonomy, String code, Period period,
            Results yoy, Optional<Results> pop) {
        Phrasing phrasing = Phrasing.of(spec.language);
        return new ReportContext(spec, tree, taxonomy, code, tree.indexOf(code), period, phrasing,
                phrasing.withCounts(CountStyle.EXACT), Wording.of(WORDING, spec.language), yoy, pop);
    }

    // ------------------------------------------------------------------ what the report is about

    Jurisdiction jurisdiction() {
        return tree.unit(unit);
    }

    /**
     * What the report's unit is called as a whole, for the rate of all its children together:
     * 全区 / "district-wide" for 白兴区, 全县 / "county-wide" for 永州县 — the phrasing's scope of
     * the unit ({@link Phrasing#scope}); 总体 / "overall" for a village, which has no such scope.
     */
    String scope() {
        Jurisdiction j = jurisdiction();
        if (j.level() == Level.VILLAGE || j.level() == Level.GRID) {
            return text("scope.overall");
        }
        return text("scope.whole", "scope", phrasing.scope(j.level(), j.name()));
    }

    Language language() {
        return spec.language;
    }

    // ------------------------------------------------------------------ wording

    /** The report's text of {@code key} with its parts (see {@link Wording#text}). */
    String text(String key, Object... parts) {
        return words.text(key, parts);
    }

    /** As {@link Wording#plural}. */
    String plural(String key, long n, Object... parts) {
        return words.plural(key, n, parts);
    }

    /** As {@link Wording#list}. */
    List<String> list(String key) {
        return words.list(key);
    }

    /** Two clauses of one sentence: "发案1.8万余起，同比下降39.3%" / "18,342, down 39.3% …". */
    String clauses(String first, String second) {
        return text("clauses", "first", first, "second", second);
    }

    /** {@code first}, followed by {@code second} as a clause when there is one. */
    String clauses(String first, Optional<String> second) {
        return second.map(s -> clauses(first, s)).orElse(first);
    }

    /** Names as a list: "甲、乙、丙" / "A, B, C". */
    String join(List<String> items) {
        String out = items.isEmpty() ? "" : items.get(0);
        for (int i = 1; i < items.size(); i++) {
            out = text("list", "first", out, "second", items.get(i));
        }
        return out;
    }

    /**
     * A group's label in the report's language: the taxonomy's own label for the group when it
     * has one; else the built-in label of a default group ({@code group.theft} in the wording);
     * else the label of the category whose code the group shares; else the group's code.
     */
    String groupLabel(String group) {
        Optional<String> own = taxonomy.groupLabel(group).flatMap(l -> label(l.labelZh(), l.labelEn()));
        if (own.isPresent()) {
            return own.get();
        }
        Optional<String> builtIn = words.find("group." + group);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        String category = group.startsWith(CATEGORY) ? group.substring(CATEGORY.length()) : group;
        if (taxonomy.contains(category)) {
            Category c = taxonomy.category(category);
            return label(c.labelZh(), c.labelEn()).orElse(group);
        }
        return group;
    }

    /** The label of the report's language among the two a taxonomy carries, if it carries one. */
    private Optional<String> label(String zh, String en) {
        return switch (spec.language) {
            case ZH -> Optional.of(zh);
            case EN -> Optional.of(en);
        };
    }

    /**
     * A unit as the report names it: its name, and in English, where no English name exists, the
     * name in its original script followed by the code — {@code 白兴区 (330102)}.
     */
    String unitLabel(String name, String unitCode) {
        return spec.language == Language.ZH ? name : name + " (" + unitCode + ")";
    }

    /** The confidence level of the intervals as a percentage: 95%, 99.5%. */
    String level() {
        return BigDecimal.valueOf(spec.indicators.settings().confidence()).movePointRight(2).stripTrailingZeros()
                .toPlainString() + "%";
    }

    /** The significance level α as the notes write it: 0.05. */
    String alpha() {
        return BigDecimal.valueOf(spec.indicators.settings().alpha()).stripTrailingZeros().toPlainString();
    }

    /** The indicator's name with its unit where the value alone would not say it: （万元）, （天）. */
    String indicatorNameWithUnit(Indicator indicator, String group) {
        String name = indicatorName(indicator, group);
        return switch (indicator.unit()) {
            case YUAN -> text("unit.yuan10k", "name", name);
            case DAYS -> text("unit.days", "name", name);
            default -> name;
        };
    }

    /** The indicator's name, preceded by the group's label unless the group is {@code all}. */
    String indicatorName(Indicator indicator, String group) {
        return indicatorName(indicator, group, groupLabel(group));
    }

    /** The indicator's name, preceded by {@code label} (the group's, or another) unless the group is {@code all}. */
    String indicatorName(Indicator indicator, String group, String label) {
        String name = switch (spec.language) {
            case ZH -> indicator.nameZh();
            case EN -> indicator.nameEn();
        };
        return group.equals(ALL) ? name : text("indicator.ofGroup", "group", label, "indicator", name);
    }

    // ------------------------------------------------------------------ figures

    Optional<IndicatorRow> row(String indicator, String group) {
        return yoy.find(indicator, code, group);
    }

    /** The value of a count indicator, 0 when it has none. */
    long count(String indicator, String group) {
        return row(indicator, group).flatMap(r -> r.value().isPresent()
                ? Optional.of((long) r.value().getAsDouble()) : Optional.empty()).orElse(0L);
    }

    // ------------------------------------------------------------------ cells

    /**
     * "下降39.3% *" — the change with a mark when its test found it significant, toned for the
     * better or the worse by the indicator's direction ({@link #tone}).
     */
    Report.Cell changeCell(Optional<IndicatorRow> row) {
        if (row.isEmpty() || row.get().change().isEmpty()) {
            return Report.Cell.of(NONE);
        }
        IndicatorRow r = row.get();
        Optional<String> text = r.indicator().unit() == Indicator.Unit.PROPORTION && r.indicator().statistic()
                != Indicator.Statistic.NONE && r.numerator().isPresent()
                ? phrasing.pointsChange(r) : phrasing.change(r);
        Change c = r.change().get();
        return text.map(s -> new Report.Cell(s + (c.significant() ? " *" : ""), tone(r.indicator(), c)))
                .orElse(Report.Cell.of(NONE));
    }

    /**
     * A change's tone: {@code BETTER} or {@code WORSE} by the indicator's
     * {@link Indicator#direction()} when its test found it significant, otherwise {@code NONE}.
     */
    static Report.Tone tone(Indicator indicator, Change c) {
        return !c.significant() || c.absolute().isEmpty() ? Report.Tone.NONE
                : tone(indicator, c.absolute().getAsDouble());
    }

    /** The tone of a move of {@code sign} (a rise when positive) in {@code indicator}, by its direction. */
    static Report.Tone tone(Indicator indicator, double sign) {
        return indicator.direction().isBetter(sign).map(better -> better ? Report.Tone.BETTER : Report.Tone.WORSE)
                .orElse(Report.Tone.NONE);
    }

    String valueCell(Optional<IndicatorRow> row) {
        if (row.isEmpty() || row.get().value().isEmpty()) {
            return NONE;
        }
        IndicatorRow r = row.get();
        return format(r.indicator(), r.value().getAsDouble(), r.numerator(), r.denominator());
    }

    String baselineCell(Optional<IndicatorRow> row) {
        if (row.isEmpty() || row.get().change().isEmpty()) {
            return NONE;
        }
        IndicatorRow r = row.get();
        Change c = r.change().get();
        if (c.baselineValue().isEmpty()) {
            return NONE;
        }
        return format(r.indicator(), c.baselineValue().getAsDouble(), c.baselineNumerator(), c.baselineDenominator());
    }

    /** A value as the tables show it: counts with thousands separators, proportions from the exact counts. */
    private String format(Indicator indicator, double v, OptionalLong num, OptionalLong den) {
        return switch (indicator.unit()) {
            case COUNT -> grouped((long) v);
            case PROPORTION -> num.isPresent() && den.orElse(0) > 0
                    ? exact.percent(num.getAsLong(), den.getAsLong())
                    : percent(v);
            case PER_10K, PER_CAPITA -> decimals(v, 2);
            case DAYS -> decimals(v, 1);
            case YUAN -> String.format(Locale.ROOT, "%,.2f", v / 10_000);   // 万元, to 0.01 (100 yuan)
        };
    }

    /** 45,225 — grouped in thousands whatever the default locale. */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 12.35 with {@code places} decimals, whatever the default locale. */
    static String decimals(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    /** A fraction of 1 as a percentage with one decimal: 0.7953 → 79.5%. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    // ------------------------------------------------------------------ indicator tables

    /**
     * A table of indicators ({@code rows}: indicator id and group, and the row's name when it is
     * not the indicator's own) with their change on both baselines.
     */
    Report.Table indicatorTable(String title, List<String[]> rows) {
        return indicatorTable(title, rows, List.of());
    }

    /** As above, with notes before the significance note. */
    Report.Table indicatorTable(String title, List<String[]> rows, List<String> notes) {
        List<String> header = new ArrayList<>(List.of(text("table.indicator"), phrasing.period(period),
                phrasing.period(period.yearEarlier()), text("table.yoy")));
        if (pop.isPresent()) {
            header.add(phrasing.period(period.previous()));
            header.add(text("table.pop"));
        }
        List<List<Report.Cell>> cells = new ArrayList<>();
        for (String[] r : rows) {
            Optional<IndicatorRow> y = row(r[0], r[1]);
            if (y.isEmpty()) {
                continue;
            }
            String name = r.length > 2 ? r[2] : indicatorNameWithUnit(y.get().indicator(), r[1]);
            List<Report.Cell> line = new ArrayList<>(List.of(Report.Cell.of(name), Report.Cell.of(valueCell(y)),
                    Report.Cell.of(baselineCell(y)), changeCell(y)));
            if (pop.isPresent()) {
                Optional<IndicatorRow> q = pop.get().find(r[0], code, r[1]);
                line.add(Report.Cell.of(baselineCell(q)));
                line.add(changeCell(q));
            }
            cells.add(line);
        }
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add(text("table.significanceNote", "alpha", alpha()));
        return new Report.Table(title, header, cells, allNotes, false);
    }
}
