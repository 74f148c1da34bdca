package org.communitysafety.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one reading's rows come from and where its books go. It finds each kind's file in the
 * data directory — {@code incidents.csv}, or, when there is no CSV file, a file of a registered
 * format such as {@code incidents.jsonl} ({@link RowSourceProvider}) — or takes the in-memory
 * source of that kind, reads it through a {@link TableReader}, and keeps the problems, rejected
 * rows and file summaries. Record files read side by side each get a {@link #fork()}, whose books
 * are {@linkplain #absorb absorbed} back in file order. Confined to one thread; package-private.
 */
final class RowFiles {
    private final Path dir;
    /** Sources by base name instead of files in {@link #dir}, or null. */
    private final Map<String, ? extends RowSource> sources;
    /** The charset, or whether each file's is detected. */
    private final ReadOptions encoding;
    final List<Problem> problems = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    final List<FileSummary> files = new ArrayList<>();

    RowFiles(Path dir, Map<String, ? extends RowSource> sources, ReadOptions encoding) {
        this.dir = dir;
        this.sources = sources;
        this.encoding = encoding;
    }

    /** The same inputs with books of its own, for reading one file on another thread. */
    RowFiles fork() {
        return new RowFiles(dir, sources, encoding);
    }

    /** Appends a fork's books to these, keeping file order. */
    void absorb(RowFiles child) {
        files.addAll(child.files);
        problems.addAll(child.problems);
        rejected.addAll(child.rejected);
    }

    /** Whether the rows come from sources in memory rather than a directory. */
    boolean inMemory() {
        return sources != null;
    }

    /** What problems about the input as a whole name: the directory, or {@code (sources)}. */
    String inputName() {
        return sources == null ? dir.toString() : "(sources)";
    }

    /** Records an error when the directory is missing or is not one; whether it did. */
    boolean directoryMissing() {
        if (sources != null || Files.isDirectory(dir)) {
            return false;
        }
        problems.add(Problem.error(dir.toString(), 0, Files.exists(dir) ? "not a directory" : "no such directory"));
        return true;
    }

    /** The books so far. */
    ReadReport report() {
        return new ReadReport(files, problems, rejected);
    }

    /**
     * Reads the rows of {@code schema}: from its source in memory, or from {@code base.csv}, or
     * from {@code base.jsonl} (any registered format) when there is no CSV file. A data directory
     * may mix formats, one per kind of file; when both exist, the CSV file is read and the other
     * one named in a warning.
     */
    FileSummary read(Schema schema, boolean required, TableReader.RowHandler handler) {
        if (sources != null) {
            return readSource(schema, required, handler);
        }
        Path csv = dir.resolve(schema.base + ".csv");
        boolean csvThere = Files.exists(csv);
        RowSourceProvider chosen = null;
        Path other = null;
        for (RowSourceProvider provider : RowSourceProviders.all()) {
            Path file = dir.resolve(schema.base + "." + provider.extension());
            if (!Files.exists(file)) {
                continue;
            }
            if (csvThere || chosen != null) {
                String read = csvThere ? schema.file : other.getFileName().toString();
                problems.add(Problem.warning(file.getFileName().toString(), 0, "both " + read + " and "
                        + file.getFileName() + " exist; only " + read + " is read"));
            } else {
                chosen = provider;
                other = file;
            }
        }
        if (chosen != null) {
            RowSourceProvider provider = chosen;
            return new TableReader(schema, encoding, problems, rejected, (file, cs, columns, aliases) -> {
                Optional<String> why = provider.unavailable();
                if (why.isPresent()) {
                    throw new IOException(why.get());
                }
                return provider.open(file, cs, columns, aliases);
            }).read(other, required, handler);
        }
        return new TableReader(schema, encoding, problems, rejected,
                (file, cs, columns, aliases) -> CsvRowSource.open(file, cs)).read(csv, required, handler);
    }

    /** Reads the rows of {@code schema} from {@link #sources}. */
    private FileSummary readSource(Schema schema, boolean required, TableReader.RowHandler handler) {
        String name = DatasetReader.sourceName(schema.base);
        RowSource source = sources.get(schema.base);
        if (source == null) {
            if (required) {
                problems.add(Problem.error(name, 0, "no " + schema.base + " were given; they are required"));
                return new FileSummary(name, false, 0, 0, 0, 0);
            }
            return FileSummary.absent(name);
        }
        return new TableReader(schema, encoding, problems, rejected, null).read(name, source, handler);
    }
}
