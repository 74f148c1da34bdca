package org.communitysafety.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.csv.CsvWriter;
import org.communitysafety.core.lang.ControlCharacters;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.PopulationFigure;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.record.Coordinates;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Writes a data set as a directory of CSV files that {@link DatasetReader} reads back to an
 * equal data set: UTF-8 without a byte-order mark, LF line endings, dates as
 * {@code 2024-03-07}, amounts as yuan with two decimals, booleans as {@code true}/{@code false},
 * empty cells for absent values.
 *
 * <p>{@code taxonomy.csv} is written only when the taxonomy is not the default one, and
 * {@code populations.csv} only when there are year-specific populations. The record writers
 * take streams, so a generator can write tens of millions of records in constant memory.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatasetWriter {
    private DatasetWriter() {}

    /**
     * How the files of a data directory are written in one format: CSV here ({@link #CSV}),
     * JSON Lines in {@code io.json}. The rows come as the cells this writer gives
     * ({@link #fields(Incident)} and its overloads), in the order of {@link #columns(String)};
     * when some incident has a place, the incidents' rows are {@link #fieldsWithPlace(Incident)},
     * whose last cells are the {@link #placeColumns()}.
     *
     * @param extension the file name extension, without the dot: {@code csv}
     * @param rows      writes the rows of one file of the kind {@code base} ({@code incidents}, ...)
     *                  in constant memory and returns how many it wrote
     */
    public record Format(String extension, RowWriter rows) {
        public Format {
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(rows, "rows");
        }

        <T> long write(Path file, String base, Stream<T> records, Function<T, List<String>> fields)
                throws IOException {
            return rows.write(file, base, records.map(fields));
        }
    }

    /** Writes the rows of one file: {@link Format#rows()}. */
    @FunctionalInterface
    public interface RowWriter {
        /** Writes {@code rows}, cells in the order of {@link #columns(String) columns(base)}; returns how many. */
        long write(Path file, String base, Stream<List<String>> rows) throws IOException;
    }

    /**
     * The place columns of {@code incidents}: written only by {@link #write(Dataset, Path)} and only
     * when some incident has coordinates or an address, so a data set without places is written
     * exactly as before. (The grid needs no column: a placed incident's unit is its grid.)
     */
    static final List<String> PLACE_COLUMNS = List.of("latitude", "longitude", "crs", "address");

    /** The place columns of {@code incidents}, after {@link #columns(String)}: latitude, longitude, crs, address. */
    public static List<String> placeColumns() {
        return PLACE_COLUMNS;
    }

    /** CSV with a header row, UTF-8, LF line endings: the interchange format. */
    public static final Format CSV = new Format("csv",
            (file, base, rows) -> write(file, columns(base), rows, Function.identity()));

    /** Writes every file of {@code data} into {@code dir} as CSV, creating it if needed. */
    public static void write(Dataset data, Path dir) throws IOException {
        write(data, dir, CSV);
    }

    /**
     * Writes every file of {@code data} into {@code dir} in {@code format}, creating it if
     * needed: {@code jurisdictions}, {@code taxonomy} unless it is the default one,
     * {@code populations} when there are year-specific figures, and the three record files.
     */
    public static void write(Dataset data, Path dir, Format format) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(format, "format");
        Files.createDirectories(dir);
        String ext = "." + format.extension();
        format.write(dir.resolve("jurisdictions" + ext), "jurisdictions", data.tree().units().stream(),
                DatasetWriter::fields);
        if (!data.taxonomy().equals(Taxonomy.defaultTaxonomy())) {
            format.write(dir.resolve("taxonomy" + ext), "taxonomy", data.taxonomy().categories().stream(),
                    fields(data.taxonomy()));
        }
        if (!data.populations().isEmpty()) {
            format.write(dir.resolve("populations" + ext), "populations", data.populations().figures().stream(),
                    DatasetWriter::fields);
        }
        boolean places = data.incidents().stream().anyMatch(DatasetWriter::hasPlace);
        if (places && format == CSV) {
            List<String> header = new ArrayList<>(columns("incidents"));
            header.addAll(PLACE_COLUMNS);
            write(dir.resolve("incidents" + ext), header, data.incidents().stream(), DatasetWriter::fieldsWithPlace);
        } else if (places) {
            format.write(dir.resolve("incidents" + ext), "incidents", data.incidents().stream(),
                    DatasetWriter::fieldsWithPlace);
        } else {
            format.write(dir.resolve("incidents" + ext), "incidents", data.incidents().stream(),
                    DatasetWriter::fields);
        }
        format.write(dir.resolve("disputes" + ext), "disputes", data.disputes().stream(), DatasetWriter::fields);
        format.write(dir.resolve("outreach" + ext), "outreach", data.outreach().stream(), DatasetWriter::fields);
    }

    /** Writes {@code jurisdictions.csv}. */
    public static void writeJurisdictions(List<Jurisdiction> units, Path file) throws IOException {
        write(file, Schema.JURISDICTIONS, units.stream(), DatasetWriter::fields);
    }

    /** Writes {@code taxonomy.csv}. */
    public static void writeTaxonomy(Taxonomy taxonomy, Path file) throws IOException {
        write(file, Schema.TAXONOMY, taxonomy.categories().stream(), fields(taxonomy));
    }

    /** Writes {@code populations.csv}. */
    public static void writePopulations(Populations populations, Path file) throws IOException {
        write(file, Schema.POPULATIONS, populations.figures().stream(), DatasetWriter::fields);
    }

    /** Writes {@code incidents.csv} from a stream, in constant memory. */
    public static long writeIncidents(Stream<Incident> incidents, Path file) throws IOException {
        return write(file, Schema.INCIDENTS, incidents, DatasetWriter::fields);
    }

    /** Writes {@code disputes.csv} from a stream, in constant memory. */
    public static long writeDisputes(Stream<Dispute> disputes, Path file) throws IOException {
        return write(file, Schema.DISPUTES, disputes, DatasetWriter::fields);
    }

    /** Writes {@code outreach.csv} from a stream, in constant memory. */
    public static long writeOutreach(Stream<OutreachSession> sessions, Path file) throws IOException {
        return write(file, Schema.OUTREACH, sessions, DatasetWriter::fields);
    }

    /**
     * The rejected rows as {@code rejects.csv}: file, line, reasons, then the fields as read, made
     * safe to open: cells a spreadsheet would run as formulas neutralised ({@link CsvWriter#neutralise}),
     * and control characters a terminal would obey written as visible escapes ({@link ControlCharacters#visible}):
     * the rows come from files nobody vouches for, and people open this one in a spreadsheet or
     * print it with {@code cat}.
     */
    public static void writeRejects(List<RejectedRow> rows, Path file) throws IOException {
        writeRejects(rows, file, true);
    }

    /**
     * The widest rejected row that the others are padded to, so that the file is a rectangle: a
     * row of 100,000 fields (a line whose separators are wrong) must not add 100,000 empty cells
     * to every other rejected row. Past it, each row has its own width. A spreadsheet shows at
     * most 16,384 columns anyway.
     */
    static final int MAX_PADDED_WIDTH = 1_024;

    /**
     * {@link #writeRejects(List, Path)}; with {@code forPeople} false, the cells are written
     * exactly as read, formulas and control characters included (for reading the file back by
     * program). A row is padded with empty cells to the widest row's width when that is at most
     * {@value #MAX_PADDED_WIDTH} fields; the header names {@code field_1} to the widest.
     */
    public static void writeRejects(List<RejectedRow> rows, Path file, boolean forPeople) throws IOException {
        int width = rows.stream().mapToInt(r -> r.fields().size()).max().orElse(0);
        int padTo = width <= MAX_PADDED_WIDTH ? width : 0;
        try (CsvWriter out = CsvWriter.open(file, StandardCharsets.UTF_8).neutralisingFormulas(forPeople)) {
            List<String> header = new ArrayList<>(List.of("file", "line", "reasons"));
            for (int i = 1; i <= width; i++) {
                header.add("field_" + i);
            }
            out.writeRow(header);
            for (RejectedRow r : rows) {
                List<String> row = new ArrayList<>(List.of(r.file(), Long.toString(r.line()), r.reasons()));
                row.addAll(r.fields());
                while (row.size() < padTo + 3) {
                    row.add("");
                }
                if (forPeople) {
                    row.replaceAll(cell -> ControlCharacters.visible(cell, true));
                }
                out.writeRow(row);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> long write(Path file, Schema schema, Stream<T> records,
            Function<T, List<String>> fields) throws IOException {
        return write(file, columns(schema.base), records, fields);
    }

    private static <T> long write(Path file, List<String> header, Stream<T> records,
            Function<T, List<String>> fields) throws IOException {
        long n = 0;
        try (CsvWriter out = CsvWriter.open(file, StandardCharsets.UTF_8)) {
            out.writeRow(header);
            Iterator<T> it = records.iterator();
            while (it.hasNext()) {
                out.writeRow(fields.apply(it.next()));
                n++;
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n;
    }

    // ---- the cells, for other formats (JSON Lines, tables) -------------------------------

    /**
     * The columns of the files named {@code base} ({@code jurisdictions}, {@code incidents},
     * {@code disputes}, {@code outreach}, {@code taxonomy} or {@code populations}), lower case,
     * in the order this writer writes them; {@link #fields(Incident)} and its overloads give
     * the cells in the same order. The incidents' place columns, which the reader accepts, are
     * not among them: see {@link #fieldsWithPlace(Incident)}.
     *
     * @throws IllegalArgumentException for another name
     */
    public static List<String> columns(String base) {
        Objects.requireNonNull(base, "base");
        List<String> names = Schema.find(base).orElseThrow(() -> new IllegalArgumentException("no files are named "
                + base + "; the names are " + String.join(", ", Schema.bases()))).names();
        if (base.equals("incidents")) {
            return names.stream().filter(n -> !n.equals("grid") && !PLACE_COLUMNS.contains(n)).toList();
        }
        return names;
    }

    /** A population figure's cells as written to {@code populations.csv}. */
    public static List<String> fields(PopulationFigure f) {
        return List.of(f.unit(), Integer.toString(f.year()), Long.toString(f.population()), optional(f.households()));
    }

    /** A unit's cells as written to {@code jurisdictions.csv}: absent values are {@code ""}. */
    public static List<String> fields(Jurisdiction j) {
        return List.of(j.code(), j.name(), j.level().code(), j.parentCode().orElse(""), optional(j.population()),
                optional(j.households()), optional(j.areaKm2()), j.kind().map(k -> k.code()).orElse(""));
    }

    /**
     * A category's cells as written to {@code taxonomy.csv}, with no synonyms (they belong to a
     * taxonomy: {@link #fields(Taxonomy)}).
     */
    public static List<String> fields(Category c) {
        return fields(c, List.of());
    }

    /** The cells of each of {@code taxonomy}'s categories, synonyms included, as written to {@code taxonomy.csv}. */
    public static Function<Category, List<String>> fields(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        return c -> fields(c, taxonomy.synonyms(c.code()));
    }

    private static List<String> fields(Category c, List<String> synonyms) {
        return List.of(c.code(), c.labelZh(), c.labelEn(), Boolean.toString(c.criminal()),
                String.join("|", c.groups().stream().filter(g -> !g.equals(Taxonomy.CRIMINAL)).toList()),
                String.join("|", synonyms));
    }

    /**
     * An incident's cells as written to {@code incidents.csv}: a zero amount is {@code ""}; a day
     * with a time is {@code 2024-03-07 14:23} (or {@code 14:23:05}).
     */
    public static List<String> fields(Incident i) {
        return List.of(i.id(), i.unit(), i.category(), dateTime(i.occurredOn(), i.occurredTime()),
                i.reportedOn().map(d -> dateTime(d, i.reportedTime())).orElse(""),
                i.clearedOn().map(DatasetWriter::date).orElse(""),
                Boolean.toString(i.criminal()), Boolean.toString(i.repeatCall()), money(i.loss()),
                money(i.recovered()), i.source().code());
    }

    /**
     * {@link #fields(Incident)} followed by the place columns latitude, longitude, crs and
     * address ({@code ""} where absent; the crs only with coordinates).
     */
    public static List<String> fieldsWithPlace(Incident i) {
        List<String> cells = new ArrayList<>(fields(i));
        Optional<Coordinates> at = i.coordinates();
        cells.add(at.map(c -> BigDecimal.valueOf(c.latitude()).stripTrailingZeros().toPlainString()).orElse(""));
        cells.add(at.map(c -> BigDecimal.valueOf(c.longitude()).stripTrailingZeros().toPlainString()).orElse(""));
        cells.add(at.map(c -> c.crs().code()).orElse(""));
        cells.add(i.address().orElse(""));
        return cells;
    }

    private static boolean hasPlace(Incident i) {
        return i.coordinates().isPresent() || i.address().isPresent();
    }

    private static String dateTime(LocalDate day, Optional<LocalTime> time) {
        return time.map(t -> day + " " + FieldValues.DateTime.timeText(t)).orElseGet(day::toString);
    }

    /** A dispute's cells as written to {@code disputes.csv}. */
    public static List<String> fields(Dispute d) {
        return List.of(d.id(), d.unit(), d.type().code(), date(d.receivedOn()), d.status().code(),
                d.closedOn().map(DatasetWriter::date).orElse(""), money(d.amount()), d.source().orElse(""),
                d.mediator().orElse(""));
    }

    /** An outreach session's cells as written to {@code outreach.csv}. */
    public static List<String> fields(OutreachSession o) {
        return List.of(o.id(), o.unit(), o.type().code(), date(o.heldOn()), Long.toString(o.staff()),
                Long.toString(o.volunteers()), Long.toString(o.audience()), Long.toString(o.households()),
                Long.toString(o.hazardsFound()), Long.toString(o.hazardsFixed()), Long.toString(o.leads()),
                Long.toString(o.fraudsStopped()), money(o.lossAvoided()));
    }

    private static String date(LocalDate d) {
        return d.toString();
    }

    /** Zero is written as an empty cell, which reads back as zero. */
    private static String money(Money m) {
        return m.isZero() ? "" : m.toPlainString();
    }

    private static String optional(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "";
    }

    private static String optional(OptionalDouble v) {
        if (v.isEmpty()) {
            return "";
        }
        // plain notation (never 1.0E-4, which the reader rejects), no trailing zeros
        return java.math.BigDecimal.valueOf(v.getAsDouble()).stripTrailingZeros().toPlainString();
    }
}
