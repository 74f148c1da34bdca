package org.communitysafety.indicators;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.communitysafety.core.io.JsonWriter;
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
    /** The fields look-ups compare, read by position: a computation's packed rows, or the rows' own. */
    private final Keys keys;

    private Results(Period period, Optional<Period> baseline, List<IndicatorRow> rows) {
        this.period = Objects.requireNonNull(period, "period");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        if (rows instanceof PackedRows packed) {   // unmodifiable, and its keys are read without making rows
            this.rows = packed;
            this.keys = packed;
        } else {
            List<IndicatorRow> copy = List.copyOf(rows);
            this.rows = copy;
            this.keys = Keys.of(copy);
        }
    }

    /**
     * The fields of row i that look-ups compare. A computation's rows are packed and made when read
     * ({@link PackedRows}), and a filter, the unit index or a search through a unit's rows would
     * otherwise make every row it looks at.
     */
    interface Keys {
        String unit(int i);

        Indicator indicator(int i);

        Group group(int i);

        Level level(int i);

        /** The keys of rows held as objects. */
        static Keys of(List<IndicatorRow> rows) {
            return new Keys() {
                @Override
                public String unit(int i) {
                    return rows.get(i).unit();
                }

                @Override
                public Indicator indicator(int i) {
                    return rows.get(i).indicator();
                }

                @Override
                public Group group(int i) {
                    return rows.get(i).group();
                }

                @Override
                public Level level(int i) {
                    return rows.get(i).level();
                }
            };
        }
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

    /**
     * The rows, unmodifiable. A computation's rows are held packed as primitives (about 110 bytes
     * a row) and each {@link IndicatorRow} is made when it is read: two reads of one row give
     * equal rows, not the same object, so keep the row you use rather than reading it again in a
     * loop.
     */
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
        return select(i -> keys.indicator(i) == indicator);
    }

    /** The rows whose position satisfies {@code test} (which reads {@link #keys}), in order; only those are made. */
    private Results select(IntPredicate test) {
        List<IndicatorRow> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (test.test(i)) {
                kept.add(rows.get(i));
            }
        }
        return new Results(period, baseline, kept);
    }

    /**
     * The rows of one unit, by code or, when no row has that code, by name ({@code "白兴区"}); no
     * rows when neither matches.
     *
     * @throws IllegalArgumentException when several units of these rows have the name, listing their codes
     */
    public Results unit(String codeOrName) {
        Objects.requireNonNull(codeOrName, "unit");
        int[] positions = index().get(codeOrName);
        if (positions != null) {   // the unit's rows, in order
            List<IndicatorRow> kept = new ArrayList<>(positions[0]);
            for (int i = 1; i <= positions[0]; i++) {
                kept.add(rows.get(positions[i]));
            }
            return new Results(period, baseline, kept);
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
        return select(i -> keys.group(i).equals(group));
    }

    /** The rows of the units at one level. */
    public Results level(Level level) {
        Objects.requireNonNull(level, "level");
        return select(i -> keys.level(i) == level);
    }

    /** The row of (indicator, unit code, group), if there is one. */
    public Optional<IndicatorRow> find(String indicator, String unit, String group) {
        return find(Indicator.of(indicator), unit, Group.parse(group));
    }

    /** The row of (indicator, unit code, group), if there is one; the first such row. */
    public Optional<IndicatorRow> find(Indicator indicator, String unit, Group group) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(group, "group");
        int[] positions = index().get(unit);
        if (positions != null) {
            for (int i = 1; i <= positions[0]; i++) {
                int k = positions[i];
                if (keys.indicator(k) == indicator && keys.group(k).equals(group)) {
                    return Optional.of(rows.get(k));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The positions of each unit's rows, in order, built on the first look-up: for each unit code
     * an array of the count and then the positions. A unit has a few hundred rows (indicators ×
     * groups), so a look-up scans those; the index costs an int a row and a map entry a unit,
     * where a map entry a row cost 150 MB and two seconds for the 1.5 million rows of 3,300 units.
     */
    private volatile Map<String, int[]> index;

    private Map<String, int[]> index() {
        Map<String, int[]> m = index;
        if (m == null) {
            m = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                String unit = keys.unit(i);
                int[] p = m.computeIfAbsent(unit, u -> new int[8]);
                if (p[0] + 1 == p.length) {
                    p = Arrays.copyOf(p, p.length * 2);
                    m.put(unit, p);
                }
                p[++p[0]] = i;
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
        StringWriter w = new StringWriter();
        writeJson(w);
        return w.toString();
    }

    /**
     * Writes the JSON form, streaming: nothing document-sized is held, the text goes to
     * {@code out} in pieces of a few thousand characters.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void writeJson(Writer out) {
        ResultsFormat.writeJson(this, JsonWriter.compact(out));
    }

    /**
     * Writes the JSON form to a file in UTF-8, encoded as it is written, with no {@code Writer}
     * in between.
     *
     * @throws IOException when the file cannot be written (a character UTF-8 cannot encode, a lone
     *                     surrogate, is a {@link java.nio.charset.MalformedInputException})
     */
    public void writeJson(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ResultsFormat.writeJson(this, out, Runtime.getRuntime().availableProcessors());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The JSON Lines form (jsonlines.org), for streaming consumers: each row on a line of its own,
     * the object that {@link #toJson()} has in {@code rows}, with a line break after each row (and
     * nothing for no rows). The period and baseline are in every row
     * ({@code period}, {@code baselinePeriod}).
     */
    public String toJsonLines() {
        StringWriter w = new StringWriter();
        writeJsonLines(w);
        return w.toString();
    }

    /**
     * Writes the JSON Lines form ({@link #toJsonLines()}), streaming.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void writeJsonLines(Writer out) {
        ResultsFormat.writeJsonLines(this, JsonWriter.compact(out));
    }

    /**
     * Writes the JSON Lines form ({@link #toJsonLines()}) to a file in UTF-8, encoded as it is written.
     *
     * @throws IOException when the file cannot be written
     */
    public void writeJsonLines(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ResultsFormat.writeJsonLines(this, JsonWriter.compact(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
        StringWriter w = new StringWriter();
        writeCsv(w, neutraliseFormulas);
        return w.toString();
    }

    /** Writes the CSV form ({@link #toCsv()}). */
    public void writeCsv(Writer out) {
        writeCsv(out, true);
    }

    /**
     * Writes the CSV form, formulas neutralised only if {@code neutraliseFormulas}, streaming: a
     * line at a time.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void writeCsv(Writer out, boolean neutraliseFormulas) {
        writeCsv(out, neutraliseFormulas, false);
    }

    /**
     * Writes the CSV form, formulas neutralised only if {@code neutraliseFormulas}, and first a
     * byte-order mark (U+FEFF) if {@code byteOrderMark}: Excel opens a UTF-8 CSV file without
     * one in the system's code page (GBK on a Chinese Windows), and unit names turn to mojibake.
     *
     * @throws UncheckedIOException when {@code out} fails
     */
    public void writeCsv(Writer out, boolean neutraliseFormulas, boolean byteOrderMark) {
        try {
            ResultsFormat.writeCsv(this, out, neutraliseFormulas, byteOrderMark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the CSV form ({@link #toCsv()}) to a file in UTF-8. */
    public void writeCsv(Path file) throws IOException {
        writeCsv(file, true);
    }

    /** Writes the CSV form to a file in UTF-8, formulas neutralised only if {@code neutraliseFormulas}. */
    public void writeCsv(Path file, boolean neutraliseFormulas) throws IOException {
        writeCsv(file, neutraliseFormulas, false);
    }

    /**
     * Writes the CSV form to a file in UTF-8, formulas neutralised only if
     * {@code neutraliseFormulas}, a byte-order mark first only if {@code byteOrderMark} (see
     * {@link #writeCsv(Writer, boolean, boolean)}).
     */
    public void writeCsv(Path file, boolean neutraliseFormulas, boolean byteOrderMark) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ResultsFormat.writeCsv(this, w, neutraliseFormulas, byteOrderMark);
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
