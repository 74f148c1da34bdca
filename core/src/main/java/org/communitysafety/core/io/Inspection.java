package org.communitysafety.core.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitysafety.core.io.csv.CharsetDetector;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * What an unknown export holds and how it would be read ({@code csi inspect}): for each file,
 * the kind of record it holds and how that was decided, each column with sample values and the
 * field it maps to — built in, by the profile, suggested, or not at all — the distinct values of
 * coded columns (category, type, status, unit, level, source) that are not known, with their
 * counts, and for a date column whose values are not dates as written, a pattern they all match.
 * {@link #proposal()} turns it into a mapping profile for the user to review.
 *
 * <p>Every file is read whole, streaming, once (the reference files once more, to know the
 * units and categories); it keeps at most {@value #DISTINCT} distinct unknown values per column.
 * Nothing is guessed silently: a kind, column or value that is not certain is marked for review.
 * Immutable and thread-safe.
 *
 * @param input   the directory or file inspected
 * @param profile the mapping profile it was read through; the proposal keeps what it maps
 * @param files one entry per file, in name order
 * @param notes what applies to the whole input, e.g. that units could not be checked
 */
public record Inspection(Path input, MappingProfile profile, List<FileReport> files, List<String> notes) {
    /** The most distinct unknown values kept per column; the rest are only counted. */
    static final int DISTINCT = 10_000;
    /** The sample values shown per column. */
    static final int SAMPLES = 3;

    /** Date patterns tried on a date column whose values the date rules do not read, in this order. */
    static final List<String> PATTERNS = List.of("yyyy.MM.dd", "yyyy.M.d", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
            "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy.MM.dd HH:mm",
            "yyyy.MM.dd HH:mm:ss", "yyyyMMddHHmmss", "yyyyMMdd HH:mm", "dd/MM/yyyy", "dd.MM.yyyy");

    public Inspection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(profile, "profile");
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** How a kind or a column was matched. */
    public enum How {
        /** By the interchange format's own name or a built-in Chinese heading (or file name). */
        BUILT_IN,
        /** By the mapping profile given. */
        PROFILE,
        /** By a name that differs from a field's only in case, blanks, {@code _} or {@code -}: written active. */
        CONFIDENT,
        /** By a near name or the columns it has: written for review. */
        SUGGESTED,
        /** Not at all. */
        UNMAPPED
    }

    /**
     * One file (or sheet).
     *
     * @param file    the file's name, e.g. {@code 警情导出.csv}
     * @param sheet   the sheet (part) of the file, for a workbook
     * @param kind    the kind it holds, e.g. {@code incidents}, when one was found
     * @param how     how the kind was found
     * @param rows    the data rows read
     * @param columns one entry per column of its header, in order
     * @param missing the required fields no column maps to
     * @param error   why the file could not be read, if it could not
     */
    public record FileReport(String file, Optional<String> sheet, Optional<String> kind, How how, long rows,
            List<ColumnReport> columns, List<String> missing, Optional<String> error) {
        public FileReport {
            columns = List.copyOf(columns);
            missing = List.copyOf(missing);
        }

        /** What problems call it: {@code 警情导出.csv}, or {@code book.xlsx [警情]} for a sheet. */
        public String name() {
            return sheet.map(s -> file + " [" + s + "]").orElse(file);
        }
    }

    /**
     * One column of a file.
     *
     * @param header   the header as written
     * @param field    the field it maps to, or would if the suggestion is taken
     * @param how      how it maps
     * @param samples  up to {@value Inspection#SAMPLES} distinct non-blank values, first seen first
     * @param unknown  the distinct values that are not known, most rows first, at most 50
     * @param more     how many more distinct unknown values there are
     * @param format   for a date column whose values are not dates as written: a pattern they all match
     * @param notDates how many non-blank values of a date column are not dates as written
     */
    public record ColumnReport(String header, Optional<String> field, How how, List<String> samples,
            List<ValueCount> unknown, long more, Optional<String> format, long notDates) {
        public ColumnReport {
            samples = List.copyOf(samples);
            unknown = List.copyOf(unknown);
        }
    }

    /**
     * A distinct value of a coded column that is not known.
     *
     * @param value      the value as written (stripped)
     * @param rows       the rows that have it
     * @param suggestion the code it is likely to mean, when one is near
     */
    public record ValueCount(String value, long rows, Optional<String> suggestion) {}

    /** The unknown values a column lists; the rest are counted in {@link ColumnReport#more()}. */
    public static final int LISTED = 50;

    /**
     * Inspects a directory (every {@code .csv} file and every file of a registered format in it)
     * or one file, reading them through {@code options}' mapping profile and encoding.
     *
     * @throws IOException if the directory cannot be listed
     */
    public static Inspection of(Path input, ReadOptions options) throws IOException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
        Path dir = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        List<Path> paths;
        if (Files.isDirectory(input)) {
            try (Stream<Path> s = Files.list(input)) {
                paths = s.filter(Files::isRegularFile).filter(p -> readable(p.getFileName().toString()))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
        } else {
            paths = List.of(input);
        }
        List<String> notes = new ArrayList<>();
        RowFiles books = new RowFiles(dir, null, options.asLenient());
        Taxonomy taxonomy = ReferenceFiles.readTaxonomy(books);
        JurisdictionTree tree = ReferenceFiles.readJurisdictions(books, new HashSet<>()).tree();
        if (tree.size() == 0) {
            notes.add("units are not checked: no jurisdictions were read from " + dir.getFileName()
                    + "; once the profile maps them, inspect again with --mapping");
        }
        ColumnTally.Known known = new ColumnTally.Known(taxonomy, tree);
        List<FileReport> files = new ArrayList<>();
        for (Path p : paths) {
            List<String> parts = parts(p);
            if (parts.isEmpty()) {
                files.add(inspect(p, Optional.empty(), options, known));
            }
            for (String part : parts) {
                files.add(inspect(p, Optional.of(part), options, known));
            }
        }
        return new Inspection(input, options.mapping(), files, notes);
    }

    /** A mapping profile that reads the input as inspected, for review; see {@link MappingProposal}. */
    public String proposal() {
        return MappingProposal.write(this);
    }

    /** The sheets of a workbook; none for a file of one table, or one that cannot be opened (it is reported when inspected). */
    private static List<String> parts(Path file) {
        String ext = extension(file.getFileName().toString());
        try {
            for (RowSourceProvider p : RowSourceProviders.all()) {
                if (p.extension().equals(ext)) {
                    return p.parts(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // inspected as one file, which reports why it cannot be read
        }
        return List.of();
    }

    private static boolean readable(String name) {
        String ext = extension(name);
        return !name.startsWith(".") && (ext.equals("csv")
                || RowSourceProviders.all().stream().anyMatch(p -> p.extension().equals(ext)));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static FileReport inspect(Path file, Optional<String> part, ReadOptions options, ColumnTally.Known known) {
        String name = file.getFileName().toString();
        MappingProfile profile = options.mapping();
        // the kind: the profile's file (and sheet), the file's or sheet's own name, or the columns it has
        Optional<String> kind = Schema.bases().stream()
                .filter(k -> profile.file(k).map(f -> Path.of(f).getFileName().toString().equals(name)).orElse(false)
                        && (part.isEmpty() || profile.sheet(k).map(part.get()::equals).orElse(true)))
                .findFirst();
        How kindHow = How.PROFILE;
        if (kind.isEmpty()) {
            String own = part.map(Schema::normalise).orElse(baseName(name));
            kind = Schema.bases().stream().filter(k -> RowFiles.NAMES.getOrDefault(k, List.of(k)).contains(own))
                    .findFirst();
            kindHow = How.BUILT_IN;
        }
        Fail fail = why -> new FileReport(name, part, Optional.empty(), How.UNMAPPED, 0, List.of(), List.of(),
                Optional.of(why));
        try {
            Charset cs = options.detectEncoding() && part.isEmpty() ? CharsetDetector.detect(file).charset()
                    : options.charset();
            String ext = extension(name);
            Optional<RowSourceProvider> provider = RowSourceProviders.all().stream()
                    .filter(p -> p.extension().equals(ext)).findFirst();
            Schema schema = kind.flatMap(Schema::find).orElse(null);
            if (provider.isPresent() && schema == null) {
                if (part.isEmpty()) {
                    return fail.of("its kind is not known from its name; name it in the profile with file = " + name);
                }
                // a sheet finds its header with the columns of its kind: try each kind, keep the best fit
                double best = 0;
                for (Schema s : Schema.ALL) {
                    try (RowSource probe = provider.get().open(file, part.get(), cs, s.names(),
                            MappedRowSource.aliases(s, profile))) {
                        Optional<List<String>> h = belowTitles(probe);
                        double share = h.isEmpty() ? 0 : share(s, h.get(), profile);
                        if (share > best) {
                            best = share;
                            schema = s;
                        }
                    }
                }
                if (schema == null || best < 0.5) {
                    return fail.of("no kind of file fits its columns");
                }
            }
            Schema opened = schema;
            try (RowSource source = provider.isEmpty() ? CsvRowSource.open(file, cs)
                    : part.isPresent() ? provider.get().open(file, part.get(), cs, opened.names(),
                            MappedRowSource.aliases(opened, profile))
                    : provider.get().open(file, cs, opened.names(), MappedRowSource.aliases(opened, profile))) {
                Optional<List<String>> header = belowTitles(source);
                if (header.isEmpty()) {
                    return new FileReport(name, part, kind, kindHow, 0, List.of(), List.of(),
                            Optional.of("the file is empty"));
                }
                if (kind.isEmpty()) {
                    if (schema == null) {
                        Optional<Schema> guess = guess(header.get(), profile);
                        if (guess.isEmpty()) {
                            return columnsOnly(name, part, source, header.get());
                        }
                        schema = guess.get();
                    }
                    kind = Optional.of(schema.base);
                    kindHow = fits(schema, header.get(), profile) ? How.CONFIDENT : How.SUGGESTED;
                }
                return read(name, part, schema, kindHow, source, header.get(), profile, known);
            }
        } catch (IOException | RuntimeException e) {
            return new FileReport(name, part, kind, kindHow, 0, List.of(), List.of(),
                    Optional.of("the file cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The source's header, or — when it has one cell at most, a title banner above a header
     * whose names the source did not know to look for — the first row below it with more.
     */
    private static Optional<List<String>> belowTitles(RowSource source) throws IOException {
        Optional<List<String>> header = source.header();
        if (header.isEmpty() || filled(header.get()) > 1) {
            return header;
        }
        for (int k = 0; k < TITLE_ROWS && source.next(); k++) {
            if (source.rowError().isEmpty() && filled(source.fields()) > 1) {
                return Optional.of(List.copyOf(source.fields()));
            }
        }
        return header;
    }

    /** How many rows below a one-cell header {@link #belowTitles} looks at. */
    private static final int TITLE_ROWS = 5;

    private static long filled(List<String> cells) {
        return cells.stream().filter(c -> c != null && !c.isBlank()).count();
    }

    /** A report of a file that cannot be inspected, saying why. */
    private interface Fail {
        FileReport of(String why);
    }

    /** The field a header cell maps to, and how. */
    record Match(String field, How how) {
        static final Match NONE = new Match(null, How.UNMAPPED);
    }

    private static Match match(Schema schema, String header, MappingProfile profile) {
        String normal = Schema.normalise(header);
        for (Map.Entry<String, String> e : profile.columns(schema.base).entrySet()) {
            if (Schema.normalise(e.getValue()).equals(normal)) {
                return new Match(e.getKey(), How.PROFILE);
            }
        }
        int c = schema.columnOf(header);
        if (c >= 0) {
            return new Match(schema.columns.get(c).name(), How.BUILT_IN);
        }
        String squeezed = squeeze(normal);
        for (String f : schema.names()) {
            if (squeeze(f).equals(squeezed) && !squeezed.isEmpty()) {
                return new Match(f, How.CONFIDENT);
            }
        }
        Map<String, String> byHeading = new LinkedHashMap<>();
        for (int i = 0; i < schema.columns.size(); i++) {
            for (String h : schema.headings(i)) {
                byHeading.putIfAbsent(Schema.normalise(h), schema.columns.get(i).name());
            }
        }
        return Suggest.nearest(normal, byHeading.keySet()).or(() -> containing(normal, byHeading.keySet()))
                .map(h -> new Match(byHeading.get(h), How.SUGGESTED)).orElse(Match.NONE);
    }

    /**
     * The longest heading of at least two characters that a header contains, or that contains the
     * header without its unit ({@code 民警(人)} is in {@code 参与民警}): {@code 常住人口数} → {@code 常住人口}.
     */
    private static Optional<String> containing(String header, java.util.Collection<String> headings) {
        String bare = header.replaceAll("\\([^)]*\\)$", "").strip();
        String best = null;
        for (String h : headings) {
            boolean near = h.length() >= 2 && bare.contains(h) || bare.length() >= 2 && h.contains(bare);
            if (near && (best == null || h.length() > best.length())) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A name without case, blanks, {@code _} or {@code -}: {@code Occurred On} is {@code occurredon}. */
    private static String squeeze(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    /** Whether every required field of {@code schema} has a column that maps to it for certain. */
    private static boolean fits(Schema schema, List<String> header, MappingProfile profile) {
        return required(schema, header, profile, true) == schema.columns.stream().filter(Schema.Column::required).count();
    }

    private static long required(Schema schema, List<String> header, MappingProfile profile, boolean certain) {
        return header.stream().map(h -> match(schema, h, profile))
                .filter(m -> m.field() != null && (!certain || m.how() != How.SUGGESTED))
                .map(Match::field).distinct()
                .filter(f -> schema.columns.get(schema.column(f)).required()).count();
    }

    /** The kind whose required fields the header covers best, if any is covered at all. */
    private static Optional<Schema> guess(List<String> header, MappingProfile profile) {
        Schema best = null;
        double bestShare = 0;
        for (Schema s : Schema.ALL) {
            double share = share(s, header, profile);
            if (share > bestShare) {
                best = s;
                bestShare = share;
            }
        }
        return bestShare >= 0.5 ? Optional.of(best) : Optional.empty();
    }

    /** The share of the required fields of {@code s} that the header covers, suggestions included. */
    private static double share(Schema s, List<String> header, MappingProfile profile) {
        long req = s.columns.stream().filter(Schema.Column::required).count();
        return (double) required(s, header, profile, false) / req;
    }

    /** A file of no known kind: its columns and samples only. */
    private static FileReport columnsOnly(String name, Optional<String> part, RowSource source, List<String> header)
            throws IOException {
        ColumnTally[] cols = new ColumnTally[header.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new ColumnTally(header.get(i), Match.NONE, null, null);
        }
        long rows = scan(source, cols);
        return new FileReport(name, part, Optional.empty(), How.UNMAPPED, rows,
                Stream.of(cols).map(ColumnTally::report).toList(), List.of(), Optional.empty());
    }

    private static FileReport read(String name, Optional<String> part, Schema schema, How kindHow, RowSource source,
            List<String> header, MappingProfile profile, ColumnTally.Known known) throws IOException {
        ColumnTally[] cols = new ColumnTally[header.size()];
        List<String> mapped = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            Match m = match(schema, header.get(i), profile);
            if (m.field() != null && mapped.contains(m.field())) {
                m = Match.NONE;   // a second column for one field: the first is taken, as the reader does
            }
            if (m.field() != null) {
                mapped.add(m.field());
            }
            Function<String, Optional<Optional<String>>> check = m.field() == null ? null : ColumnTally.checker(schema, m.field(),
                    known);
            Map<String, String> values = m.field() == null ? Map.of() : profile.values(schema.base, m.field());
            DateTimeFormatter format = m.field() == null ? null
                    : profile.format(schema.base, m.field()).map(MappingProfile::formatter).orElse(null);
            cols[i] = new ColumnTally(header.get(i), m, check, values);
            cols[i].dates = m.field() != null && m.field().endsWith("_on") ? new ColumnTally.DateCheck(format) : null;
        }
        long rows = scan(source, cols);
        for (ColumnTally c : cols) {
            if (c.match.field() == null) {
                ColumnTally.byValues(schema, c, mapped, known, rows).ifPresent(field -> {
                    mapped.add(field);
                    c.suggest(new Match(field, How.SUGGESTED), ColumnTally.checker(schema, field, known),
                            field.endsWith("_on") ? new ColumnTally.DateCheck(null) : null);
                });
            }
        }
        List<String> missing = schema.columns.stream().filter(Schema.Column::required).map(Schema.Column::name)
                .filter(f -> !mapped.contains(f) && !profile.defaults(schema.base).containsKey(f)).toList();
        return new FileReport(name, part, Optional.of(schema.base), kindHow, rows,
                Stream.of(cols).map(ColumnTally::report).toList(), missing, Optional.empty());
    }

    private static long scan(RowSource source, ColumnTally[] cols) throws IOException {
        long rows = 0;
        while (source.next()) {
            rows++;
            if (source.rowError().isPresent()) {
                continue;
            }
            for (int i = 0; i < cols.length && i < source.fieldCount(); i++) {
                cols[i].add(source.field(i));
            }
        }
        return rows;
    }

}
