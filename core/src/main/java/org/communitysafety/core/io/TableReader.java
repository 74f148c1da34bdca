package org.communitysafety.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.communitysafety.core.io.csv.CharsetDetector;

/**
 * Reads one CSV file of a data directory against a {@link Schema}: maps the header, checks
 * every row's shape and encoding, hands well-formed rows to a {@link RowHandler}, and keeps the
 * books — rows read, accepted, rejected, every problem and every rejected row. When the options
 * ask for it, the file's encoding is detected first and named in a note ({@link Problem#info}).
 * Package-private.
 */
final class TableReader {
    /** Validates one row; returns whether it was accepted. Problems go to the context. */
    interface RowHandler {
        boolean accept(RowContext row);
    }

    private final Schema schema;
    /** The charset, or whether to detect each file's ({@link CharsetDetector}). */
    private final ReadOptions encoding;
    private final List<Problem> problems;
    private final List<RejectedRow> rejected;
    private final Opener opener;
    /** The row problems of the file so far, to report each distinct one once. */
    private final RepeatedProblems repeats;

    /**
     * Opens a file as rows; {@code columns} are the schema's names, for formats without a header,
     * and {@code aliases} their other names, for formats whose rows name their columns.
     */
    interface Opener {
        RowSource open(Path file, java.nio.charset.Charset charset, List<String> columns,
                java.util.Map<String, String> aliases) throws IOException;
    }

    /** Whether the file is text in a charset, which the options may ask to detect; see {@link #textual}. */
    private boolean textual = true;
    /** The fast path of this reader's plain CSV files, or null. */
    private PlainCsv.Kind plain;
    private String fileName;
    private long rowsRead;
    /** Told of each file's rows as they are read. */
    private ReadProgress progress = ReadProgress.none();
    /** The size of the file being read, or -1. */
    private long fileBytes = -1;
    private long accepted;
    private long rejectedCount;
    private long warnings;

    TableReader(Schema schema, ReadOptions encoding, List<Problem> problems, List<RejectedRow> rejected,
            Opener opener) {
        this.encoding = encoding;
        this.opener = opener;
        this.schema = schema;
        this.problems = problems;
        this.rejected = rejected;
        this.repeats = new RepeatedProblems(problems);
    }

    /**
     * Gives the rows of this reader's plain CSV files a fast path ({@link PlainCsv}); for a file
     * read as it is, without a mapping profile's section.
     */
    TableReader plain(PlainCsv.Kind kind) {
        this.plain = kind;
        return this;
    }

    /** Tells {@code progress} of the rows as they are read. */
    TableReader progress(ReadProgress progress) {
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** How often, in rows, {@link #progress} hears of a file: every 65,536 rows. */
    private static final long PROGRESS_ROWS = 0xFFFF;

    private void tell(long bytesRead, boolean done) {
        progress.update(new ReadProgress.Status(fileName, rowsRead, bytesRead, fileBytes, done));
    }

    /** Says whether the file is text in a charset (true, the default) or binary, such as a workbook. */
    TableReader textual(boolean text) {
        this.textual = text;
        return this;
    }

    /**
     * Reads {@code file}; a missing file gives {@link FileSummary#absent} unless
     * {@code required}, when it is an error.
     */
    FileSummary read(Path file, boolean required, RowHandler handler) {
        return read(file, file.getFileName().toString(), required, handler);
    }

    /** {@link #read(Path, boolean, RowHandler)}, naming the rows {@code name} in problems: {@code book.xlsx [警情]}. */
    FileSummary read(Path file, String name, boolean required, RowHandler handler) {
        fileName = name;
        if (!Files.isRegularFile(file)) {
            if (required) {
                add(Problem.error(name, 0, "the file is missing from " + describe(file.getParent())
                        + "; it is required"));
                return new FileSummary(name, false, 0, 0, 0, warnings);
            }
            return FileSummary.absent(name);
        }
        try {
            fileBytes = Files.size(file);
            tell(0, false);
            Charset cs = charset(file);
            if (plain == null || !cs.equals(StandardCharsets.UTF_8) || !readPlain(file, handler)) {
                try (RowSource source = open(file, cs)) {
                    readRows(source, handler);
                }
            }
        } catch (RowSource.RowSourceException e) {
            // a source that gives up part-way (a GBK file read as UTF-8): the rows before count
            add(Problem.error(name, e.line(), e.getMessage()));
        } catch (IOException e) {
            add(Problem.error(name, 0, "the file cannot be read: " + e.getMessage()));
        }
        tell(fileBytes, true);
        repeats.close();
        return summary();
    }

    /**
     * Reads rows from a source that is not a file, such as a table in memory, named
     * {@code name} in problems; closes the source.
     */
    FileSummary read(String name, RowSource source, RowHandler handler) {
        fileName = name;
        try (source) {
            readRows(source, handler);
        } catch (IOException e) {
            add(Problem.error(name, 0, "the rows cannot be read: " + e.getMessage()));
        }
        repeats.close();
        return summary();
    }

    private void readRows(RowSource source, RowHandler handler) throws IOException {
        String name = fileName;
        Problem fileError = null;
        List<String> header = List.of();
        try {
            Optional<List<String>> h = source.header();
            if (h.isEmpty()) {
                add(Problem.error(name, 0, "the file is empty; it needs a header row naming its columns"));
                return;
            }
            header = h.get();
        } catch (RowSource.RowSourceException e) {
            fileError = Problem.error(name, e.line(), e.getMessage());
            add(fileError);
        }
        int[] positions = new int[0];
        if (fileError == null) {
            List<Problem> headerProblems = new ArrayList<>();
            positions = schema.map(header, headerProblems, name, source.headerLine());
            headerProblems.forEach(this::add);
            fileError = headerProblems.stream().filter(Problem::isError).findFirst().orElse(null);
        }
        RowContext context = RowContext.of(schema, name, positions, encoding);
        while (source.next()) {
            if ((++rowsRead & PROGRESS_ROWS) == 0) {
                tell(source.bytesRead(), false);
            }
            long line = source.line();
            List<String> rowWarnings = source.rowWarnings();
            if (!rowWarnings.isEmpty()) {
                for (String w : rowWarnings) {
                    add(Problem.warning(name, line, w));
                }
            }
            if (fileError != null) {
                reject(line, original(source), List.of(fileError), false);
                continue;
            }
            row(source, header.size(), context, handler);
        }
    }

    /** Validates the current row of {@code source}, whose file's header has {@code columns} columns, and books it. */
    private void row(RowSource source, int columns, RowContext context, RowHandler handler) {
        long line = source.line();
        if (source.rowError().isPresent()) {
            reject(line, original(source), List.of(Problem.error(fileName, line, source.rowError().get())), true);
            return;
        }
        if (source.fieldCount() != columns) {
            reject(line, original(source), List.of(Problem.error(fileName, line, String.format(
                    java.util.Locale.ROOT, "the row has %d field%s; the header has %d", original(source).size(),
                    original(source).size() == 1 ? "" : "s",
                    columns - source.fieldCount() + original(source).size()))), true);
            return;
        }
        context.reset(source);
        boolean ok = handler.accept(context);
        List<Problem> rowProblems = context.warnings();
        if (!rowProblems.isEmpty()) {
            rowProblems.forEach(this::add);
        }
        if (ok && !context.hasErrors()) {
            accepted++;
        } else {
            reject(line, original(source), context.errors(), true);
        }
    }

    /** The charset to read {@code file} in: the options', or the one detected, which a note names. */
    private Charset charset(Path file) throws IOException {
        if (encoding.detectEncoding() && textual) {
            CharsetDetector.Detection detected = CharsetDetector.detect(file);
            add(Problem.info(fileName, detected.toString()));
            return detected.charset();
        }
        return encoding.charset();
    }

    private RowSource open(Path file, Charset cs) throws IOException {
        // parsing runs ahead on a second core while the rows are validated on this one
        return PrefetchingRowSource.of(opener.open(file, cs, schema.names(), schema.aliases()));
    }

    /**
     * Reads a plain CSV file ({@link PlainCsv}) by its fast path: the rows {@link #plain} parses
     * are accepted as they are, every other one is validated here as {@link #readRows} would;
     * false, having read nothing, when the file is not plain or its header is not exactly the
     * schema's names, and the general path is to read it.
     */
    private boolean readPlain(Path file, RowHandler handler) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Optional<PlainCsv.Header> h = PlainCsv.header(channel);
            if (h.isEmpty()) {
                return false;
            }
            List<String> header = h.get().fields();
            List<Problem> headerProblems = new ArrayList<>();
            int[] positions = schema.map(header, headerProblems, fileName, h.get().line());
            if (!headerProblems.isEmpty()) {
                return false;
            }
            Optional<PlainScan.Ids> ids = PlainScan.scan(channel, threads, positions[schema.column("id")]);
            if (ids.isEmpty()) {
                return false;
            }
            RowContext context = RowContext.of(schema, fileName, positions, encoding);
            RowHandler general = handler;
            PlainCsv.read(channel, h.get().bodyStart(), h.get().bodyLine(), header.size(), ids.get().quoted(),
                    plain.bind(positions, context, ids.get()), new PlainCsv.Sink() {
                        @Override
                        public void accepted() {
                            rowsRead++;
                            accepted++;
                        }

                        @Override
                        public void general(List<String> fields, long line) {
                            rowsRead++;
                            row(new OneRow(fields, line), header.size(), context, general);
                        }

                        @Override
                        public void through(long bytes) {
                            tell(bytes, false);
                        }
                    }, threads);
            return true;
        }
    }

    /** One row of a plain file, for the general path. */
    private static final class OneRow implements RowSource {
        private final List<String> fields;
        private final long line;

        OneRow(List<String> fields, long line) {
            this.fields = fields;
            this.line = line;
        }

        @Override
        public Optional<List<String>> header() {
            return Optional.empty();
        }

        @Override
        public boolean next() {
            return false;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public List<String> fields() {
            return fields;
        }

        @Override
        public String field(int index) {
            return fields.get(index);
        }

        @Override
        public int fieldCount() {
            return fields.size();
        }

        @Override
        public Optional<String> rowError() {
            return Optional.empty();
        }

        @Override
        public void close() {}
    }

    private void reject(long line, List<String> fields, List<Problem> reasons, boolean report) {
        rejectedCount++;
        if (report) {
            reasons.forEach(this::add);
        }
        rejected.add(new RejectedRow(fileName, line, fields, reasons));
    }

    /** The row as the file has it, before a {@link MappingProfile} mapped it. */
    private static List<String> original(RowSource source) {
        if (source instanceof PrefetchingRowSource p) {
            return p.originalFields();
        }
        return source instanceof MappedRowSource m ? m.originalFields() : source.fields();
    }

    /** Books a problem; one that repeats a row problem already booked only adds to its count. */
    private void add(Problem p) {
        if (p.severity() == Severity.WARNING) {
            warnings++;
        }
        if (!repeats.repeated(p)) {
            problems.add(p);
        }
    }

    private FileSummary summary() {
        return new FileSummary(fileName, true, rowsRead, accepted, rejectedCount, warnings);
    }

    private static String describe(Path dir) {
        return dir == null ? "the directory" : dir.toString();
    }
}
