package org.communitysafety.indicators;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;

/**
 * The tidy rows of one computation — a row per (indicator, unit, period, group) — with the
 * period and baseline they were computed for. Immutable and thread-safe.
 *
 * <p>Filter with {@link #indicator}, {@link #unit}, {@link #group}, {@link #level} or
 * {@link #filter}; look one row up with {@link #get}; turn the rows into JSON ({@link #toJson()})
 * or CSV ({@link #toCsv()}), which need no optional library, or into a Tablesaw table with
 * {@code ResultsTables.of(results)} from {@code org.communitysafety.indicators.interop.tablesaw}
 * (Tablesaw on the class path); {@code toString} prints the first rows as a text table, for JShell.
 */
public final class Results implements Iterable<IndicatorRow> {

    /** The columns of the tidy form, in order: the JSON keys and the CSV header. */
    public static final List<String> COLUMNS = List.of("indicator", "unit", "unitName", "level", "period", "group",
            "value", "numerator", "denominator", "lower", "upper", "baselinePeriod", "baselineValue", "change",
            "changePct", "changePoints", "pValue", "significant", "flags");

    private static final int SHOWN = 20;

    private final Period period;
    private final Optional<Period> baseline;
    private final List<IndicatorRow> rows;

    private Results(Period period, Optional<Period> baseline, List<IndicatorRow> rows) {
        this.period = Objects.requireNonNull(period, "period");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        this.rows = List.copyOf(rows);
    }

    /** Results of the given rows. */
    public static Results of(Period period, Optional<Period> baseline, List<IndicatorRow> rows) {
        return new Results(period, baseline, rows);
    }

    /** The period computed. */
    public Period period() {
        return period;
    }

    /** The baseline compared with, if any. */
    public Optional<Period> baseline() {
        return baseline;
    }

    /** The rows, unmodifiable. */
    public List<IndicatorRow> rows() {
        return rows;
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** Whether there are no rows. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows as a stream. */
    public Stream<IndicatorRow> stream() {
        return rows.stream();
    }

    /** The rows in order. */
    @Override
    public Iterator<IndicatorRow> iterator() {
        return rows.iterator();
    }

    /** The rows that satisfy {@code test}. */
    public Results filter(Predicate<IndicatorRow> test) {
        Objects.requireNonNull(test, "test");
        return new Results(period, baseline, rows.stream().filter(test).toList());
    }

    /** The rows of one indicator, by id. */
    public Results indicator(String id) {
        return indicator(Indicator.of(id));
    }

    /** The rows of one indicator. */
    public Results indicator(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return filter(r -> r.indicator() == indicator);
    }

    /**
     * The rows of one unit, by code or, when no row has that code, by name ({@code "白兴区"}); no
     * rows when neither matches.
     *
     * @throws IllegalArgumentException when several units of these rows have the name, listing their codes
     */
    public Results unit(String codeOrName) {
        Objects.requireNonNull(codeOrName, "unit");
        if (rows.stream().anyMatch(r -> r.unit().equals(codeOrName))) {
            return filter(r -> r.unit().equals(codeOrName));
        }
        List<String> codes = rows.stream().filter(r -> r.unitName().equals(codeOrName))
                .map(r -> r.unit() + " (" + r.level().code() + ")").distinct().toList();
        if (codes.size() > 1) {
            throw Units.ambiguous(codeOrName, codes);
        }
        return filter(r -> r.unitName().equals(codeOrName));
    }

    /** The rows of one group, in text form ({@code all}, {@code criminal}, {@code category:theft}). */
    public Results group(String group) {
        return group(Group.parse(group));
    }

    /** The rows of one group, e.g. {@code group(Group.criminal())}. */
    public Results group(Group group) {
        Objects.requireNonNull(group, "group");
        return filter(r -> r.group().equals(group));
    }

    /** The rows of the units at one level. */
    public Results level(Level level) {
        Objects.requireNonNull(level, "level");
        return filter(r -> r.level() == level);
    }

    /** The row of (indicator, unit code, group), if there is one. */
    public Optional<IndicatorRow> find(String indicator, String unit, String group) {
        return find(Indicator.of(indicator), unit, Group.parse(group));
    }

    /** The row of (indicator, unit code, group), if there is one. */
    public Optional<IndicatorRow> find(Indicator indicator, String unit, Group group) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(group, "group");
        return Optional.ofNullable(index().get(new Key(indicator, unit, group)));
    }

    private record Key(Indicator indicator, String unit, Group group) {}

    /** The rows by (indicator, unit, group), built on the first look-up; the first row wins. */
    private volatile Map<Key, IndicatorRow> index;

    private Map<Key, IndicatorRow> index() {
        Map<Key, IndicatorRow> m = index;
        if (m == null) {
            m = new HashMap<>(rows.size() * 2);
            for (IndicatorRow r : rows) {
                m.putIfAbsent(new Key(r.indicator(), r.unit(), r.group()), r);
            }
            index = m;
        }
        return m;
    }

    /**
     * The row of (indicator, unit code, group).
     *
     * @throws IllegalArgumentException when there is none
     */
    public IndicatorRow get(String indicator, String unit, String group) {
        return get(Indicator.of(indicator), unit, Group.parse(group));
    }

    /**
     * The row of (indicator, unit code, group).
     *
     * @throws IllegalArgumentException when there is none
     */
    public IndicatorRow get(Indicator indicator, String unit, Group group) {
        return find(indicator, unit, group).orElseThrow(() -> new IllegalArgumentException(
                "no row for indicator " + indicator + ", unit " + unit + ", group " + group
                        + " in these results (" + rows.size() + " rows)"));
    }

    /**
     * The JSON form: {@code {"period": "2024", "baseline": "2023" or null, "rows": [...]}}, each row
     * an object with the {@link #COLUMNS} as keys and {@code null} where a field does not apply;
     * numbers as their shortest decimal ({@code 0.6}, {@code 1.0E-5}), no blanks, a final line
     * break. Written without Jackson: nothing optional is needed.
     */
    public String toJson() {
        return text(ResultsFormat::writeJson);
    }

    /** Writes the JSON form. */
    public void writeJson(Writer out) {
        write(ResultsFormat::writeJson, out);
    }

    /** Writes the JSON form to a file in UTF-8. */
    public void writeJson(Path file) throws IOException {
        write(ResultsFormat::writeJson, file);
    }

    /**
     * The CSV form: a header of the {@link #COLUMNS}, a line per row, empty where a field does not
     * apply. A cell a spreadsheet would run as a formula (a unit named {@code =HYPERLINK(…)})
     * starts with {@code '} ({@link org.communitysafety.core.io.csv.CsvWriter#neutralise}); numbers
     * such as {@code -5.86} are left alone. {@link #toCsv(boolean) toCsv(false)} writes cells as they are.
     */
    public String toCsv() {
        return toCsv(true);
    }

    /** The CSV form, formulas neutralised only if {@code neutraliseFormulas}. */
    public String toCsv(boolean neutraliseFormulas) {
        return text(csv(neutraliseFormulas));
    }

    /** Writes the CSV form ({@link #toCsv()}). */
    public void writeCsv(Writer out) {
        writeCsv(out, true);
    }

    /** Writes the CSV form, formulas neutralised only if {@code neutraliseFormulas}. */
    public void writeCsv(Writer out, boolean neutraliseFormulas) {
        write(csv(neutraliseFormulas), out);
    }

    /** Writes the CSV form ({@link #toCsv()}) to a file in UTF-8. */
    public void writeCsv(Path file) throws IOException {
        writeCsv(file, true);
    }

    /** Writes the CSV form to a file in UTF-8, formulas neutralised only if {@code neutraliseFormulas}. */
    public void writeCsv(Path file, boolean neutraliseFormulas) throws IOException {
        write(csv(neutraliseFormulas), file);
    }

    private static Form csv(boolean neutraliseFormulas) {
        return (results, out) -> ResultsFormat.writeCsv(results, out, neutraliseFormulas);
    }

    /** One of the written forms: {@link ResultsFormat#writeJson} or {@link ResultsFormat#writeCsv}. */
    @FunctionalInterface
    private interface Form {
        void write(Results results, Writer out) throws IOException;
    }

    /** The form as a string. */
    private String text(Form form) {
        StringWriter w = new StringWriter();
        write(form, w);
        return w.toString();
    }

    /** Writes the form, an I/O failure unchecked: the one path to a writer. */
    private void write(Form form, Writer out) {
        try {
            form.write(this, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the form to a file in UTF-8. */
    private void write(Form form, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            form.write(this, w);
        }
    }

    /** The first rows as a text table, and how many there are; numbers as {@link Locale#ROOT} writes them. */
    @Override
    public String toString() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"indicator", "unit", "name", "group", "value", "95% interval", "change", "p", "flags"});
        rows.stream().limit(SHOWN).forEach(r -> lines.add(new String[] {
            r.indicator().id(), r.unit(), r.unitName(), r.group().toString(),
            NumberText.value(r.value()),
            NumberText.interval(r.lower(), r.upper()),
            NumberText.percent(r.changePct()),
            NumberText.pValue(r.pValue()),
            r.flags().isEmpty() ? "" : r.flags().toString()
        }));
        StringBuilder s = new StringBuilder("Results: ").append(rows.size()).append(" rows, period ").append(period);
        baseline.ifPresent(b -> s.append(" vs ").append(b));
        s.append('\n').append(TextTable.render(lines));
        if (rows.size() > SHOWN) {
            s.append("… ").append(rows.size() - SHOWN).append(" more rows\n");
        }
        return s.toString();
    }

    /** Equal when the period, the baseline and the rows are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Results r && period.equals(r.period) && baseline.equals(r.baseline) && rows.equals(r.rows);
    }

    /** A hash of the period, the baseline and the rows. */
    @Override
    public int hashCode() {
        return Objects.hash(period, baseline, rows);
    }
}
