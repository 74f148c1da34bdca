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
 * data directory — the one the {@link MappingProfile} names, else {@code incidents.csv}, or, when
 * there is no CSV file, a file of a registered format such as {@code incidents.jsonl}
 * ({@link RowSourceProvider}), else the same under a Chinese name ({@code 警情.csv}) — or takes the in-memory
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

    /** The workbooks whose sheets could not be listed, shared by the forks so that each is warned about once. */
    private final java.util.Set<Path> unlisted;
    /** Told of every file's rows as they are read; shared by the forks. */
    private ReadProgress progress = ReadProgress.none();

    RowFiles(Path dir, Map<String, ? extends RowSource> sources, ReadOptions encoding) {
        this(dir, sources, encoding, java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    private RowFiles(Path dir, Map<String, ? extends RowSource> sources, ReadOptions encoding,
            java.util.Set<Path> unlisted) {
        this.dir = dir;
        this.sources = sources;
        this.encoding = encoding;
        this.unlisted = unlisted;
    }

    /** The same inputs with books of its own, for reading one file on another thread. */
    RowFiles fork() {
        return new RowFiles(dir, sources, encoding, unlisted).progress(progress);
    }

    /** Tells {@code progress} of every file's rows as they are read. */
    RowFiles progress(ReadProgress progress) {
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
        return this;
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

    /**
     * Warns about each file of the directory in a format it reads that no kind was read from and
     * no problem names yet — an export's {@code 警情导出.csv}, say — so that no file is left
     * unread in silence.
     */
    void warnUnread() {
        if (sources != null) {
            return;
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        files.forEach(f -> named.add(f.file()));
        problems.forEach(p -> named.add(p.file()));
        List<String> exts = new ArrayList<>(List.of("csv"));
        RowSourceProviders.all().forEach(p -> exts.add(p.extension()));
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            for (Path f : list.sorted().toList()) {
                String name = f.getFileName().toString();
                boolean read = named.stream().anyMatch(n -> n.equals(name) || n.startsWith(name + " ["));
                if (!read && exts.contains(extension(name)) && !name.startsWith(".") && !name.startsWith("~$")
                        && Files.isRegularFile(f)) {
                    problems.add(Problem.warning(name, 0, "not read: its name is no kind's (incidents.csv, 警情.csv"
                            + " …); name it in a mapping profile (file = " + name + "), or see what csi inspect makes"
                            + " of it"));
                }
            }
        } catch (IOException e) {
            // the directory was read a moment ago; a listing that fails now leaves nothing to warn about
        }
    }

    /** The books so far. */
    ReadReport report() {
        return new ReadReport(files, problems, rejected);
    }

    /**
     * Reads the rows of {@code schema}: from its source in memory, or from the file the
     * {@linkplain ReadOptions#mapping() mapping profile} names for the kind, or else from the
     * first of its {@linkplain #candidates candidate files} that exists — {@code base.csv},
     * {@code base.jsonl} (any registered format), then the same under the kind's Chinese names
     * ({@code 警情.csv}). A data directory may mix formats, one per kind of file; when several
     * candidates exist, the first is read and each other one named in a warning.
     */
    FileSummary read(Schema schema, boolean required, TableReader.RowHandler handler) {
        return read(schema, required, handler, null);
    }

    /**
     * {@link #read(Schema, boolean, TableReader.RowHandler)}, giving a CSV file read without a
     * mapping profile's section the fast path of {@code plain} (null: none).
     */
    FileSummary read(Schema schema, boolean required, TableReader.RowHandler handler, PlainCsv.Kind plain) {
        if (sources != null) {
            return readSource(schema, required, handler);
        }
        MappingProfile mapping = encoding.mapping();
        Optional<String> named = mapping.file(schema.base);
        Optional<String> sheet = mapping.sheet(schema.base);
        if (named.isPresent()) {
            Path file = dir.resolve(named.get());
            Optional<String> part = sheet.isPresent() ? sheet : partOf(file, schema.base);
            return part.isPresent() ? readPart(schema, file, part.get(), handler)
                    : reader(schema, extension(named.get()), plain).read(file, true, handler);
        }
        if (sheet.isPresent()) {
            for (Path book : workbooks()) {
                if (parts(book).contains(sheet.get())) {
                    return readPart(schema, book, sheet.get(), handler);
                }
            }
            problems.add(Problem.error(inputName(), 0, "no workbook in the directory has the sheet " + sheet.get()
                    + " that " + mapping.name() + " names for " + schema.base));
            return new FileSummary(schema.base + " [" + sheet.get() + "]", false, 0, 0, 0, 0);
        }
        String chosen = null;
        Path chosenFile = null;
        String chosenPart = null;
        for (Path file : candidates(schema.base)) {
            if (Files.exists(file)) {
                chosen = warnOrChoose(chosen, file.getFileName().toString());
                chosenFile = chosenFile == null ? file : chosenFile;
            }
        }
        for (Path book : workbooks()) {
            Optional<String> part = partOf(book, schema.base);
            if (part.isPresent()) {
                String name = partName(book, part.get());
                if (chosen == null) {
                    chosenFile = book;
                    chosenPart = part.get();
                }
                chosen = warnOrChoose(chosen, name);
            }
        }
        if (chosenPart != null) {
            return readPart(schema, chosenFile, chosenPart, handler);
        }
        Path file = chosenFile != null ? chosenFile : dir.resolve(schema.file);
        return reader(schema, extension(file.getFileName().toString()), plain).read(file, required, handler);
    }

    /** The first of two candidates, {@code read}, warning about {@code other}; {@code other} when there is no first. */
    private String warnOrChoose(String read, String other) {
        if (read == null) {
            return other;
        }
        problems.add(Problem.warning(other, 0, "both " + read + " and " + other + " exist; only " + read + " is read"));
        return read;
    }

    /** What problems call a part of a file: {@code book.xlsx [警情]}. */
    static String partName(Path file, String part) {
        return file.getFileName() + " [" + part + "]";
    }

    /**
     * The files of the directory in a registered format, in name order, except those named after
     * a kind ({@code incidents.xlsx}, read whole): those whose format holds several tables
     * (workbooks) may hold a kind in a part ({@link RowSourceProvider#parts}).
     */
    private List<Path> workbooks() {
        List<String> exts = RowSourceProviders.all().stream().map(RowSourceProvider::extension).toList();
        if (exts.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> kindNames = new java.util.HashSet<>(Schema.bases());
        NAMES.values().forEach(kindNames::addAll);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> exts.contains(extension(f.getFileName().toString())))
                    .filter(f -> !f.getFileName().toString().startsWith("~$"))   // Excel's lock files
                    .filter(f -> !kindNames.contains(baseName(f.getFileName().toString())))   // incidents.xlsx: read whole
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The parts of a file of a format that has them; none when it cannot be opened (a warning says why). */
    private List<String> parts(Path file) {
        Optional<RowSourceProvider> provider = provider(extension(file.getFileName().toString()));
        if (provider.isEmpty() || !Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return provider.get().parts(file);
        } catch (IOException e) {
            if (unlisted.add(file)) {
                problems.add(Problem.warning(file.getFileName().toString(), 0, "cannot look for sheets in it: "
                        + e.getMessage()));
            }
            return List.of();
        }
    }

    /** The part of {@code file} named after kind {@code base} in one of its {@link #NAMES}, if any. */
    private Optional<String> partOf(Path file, String base) {
        List<String> parts = parts(file);
        for (String name : NAMES.getOrDefault(base, List.of(base))) {
            for (String part : parts) {
                if (Schema.normalise(part).equals(name)) {
                    return Optional.of(part);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<RowSourceProvider> provider(String ext) {
        return RowSourceProviders.all().stream().filter(p -> p.extension().equals(ext)).findFirst();
    }

    /** Reads the rows of {@code schema} from the part {@code part} of {@code file}, named {@code book.xlsx [警情]}. */
    private FileSummary readPart(Schema schema, Path file, String part, TableReader.RowHandler handler) {
        MappingProfile mapping = encoding.mapping();
        Map<String, String> aliases = MappedRowSource.aliases(schema, mapping);
        Optional<RowSourceProvider> provider = provider(extension(file.getFileName().toString()));
        return new TableReader(schema, encoding, problems, rejected, (f, cs, columns, builtIn) -> {
            if (provider.isEmpty()) {
                throw new IOException("there is no reader for its format, so it has no sheet " + part);
            }
            return MappedRowSource.wrap(provider.get().open(f, part, cs, columns, aliases), mapping, schema);
        }).textual(provider.map(RowSourceProvider::textual).orElse(true)).progress(progress)
                .read(file, partName(file, part), true, handler);
    }

    /**
     * The files that may hold {@code base}, in order of preference: under each of its names
     * ({@link #NAMES}: the base name first), a CSV file, then one of each registered format.
     */
    List<Path> candidates(String base) {
        List<Path> files = new ArrayList<>();
        for (String name : NAMES.getOrDefault(base, List.of(base))) {
            files.add(dir.resolve(name + ".csv"));
            for (RowSourceProvider provider : RowSourceProviders.all()) {
                files.add(dir.resolve(name + "." + provider.extension()));
            }
        }
        return files;
    }

    /** The names a kind's file may have, the base name first: exports name them in Chinese. */
    static final Map<String, List<String>> NAMES = Map.of(
            "incidents", List.of("incidents", "警情", "案件"),
            "disputes", List.of("disputes", "矛盾纠纷", "纠纷"),
            "outreach", List.of("outreach", "宣传", "走访", "巡逻"),
            "jurisdictions", List.of("jurisdictions", "辖区", "单位"),
            "populations", List.of("populations", "人口"));

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A reader of {@code schema}'s rows from files with the extension {@code ext}: CSV, or the
     * registered format's; either read through the mapping profile.
     */
    private TableReader reader(Schema schema, String ext, PlainCsv.Kind plain) {
        MappingProfile mapping = encoding.mapping();
        boolean csv = provider(ext).isEmpty() && (ext.equals("csv") || ext.isEmpty());
        Map<String, String> aliases = MappedRowSource.aliases(schema, mapping);
        Optional<RowSourceProvider> provider = provider(ext);
        return new TableReader(schema, encoding, problems, rejected, (file, cs, columns, builtIn) -> {
            RowSource source;
            if (provider.isPresent()) {
                Optional<String> why = provider.get().unavailable();
                if (why.isPresent()) {
                    throw new IOException(why.get());
                }
                source = provider.get().open(file, cs, columns, aliases);
            } else if (ext.equals("csv") || ext.isEmpty()) {
                source = CsvRowSource.open(file, cs);
            } else {
                throw new IOException("there is no reader for ." + ext + " files; the formats are csv"
                        + RowSourceProviders.all().stream().map(p -> ", " + p.extension()).reduce("", String::concat));
            }
            return MappedRowSource.wrap(source, mapping, schema);
        }).textual(provider.map(RowSourceProvider::textual).orElse(true)).progress(progress)
                .plain(csv && !MappedRowSource.maps(mapping, schema) ? plain : null);
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
        return new TableReader(schema, encoding, problems, rejected, null)
                .read(name, MappedRowSource.wrap(source, encoding.mapping(), schema), handler);
    }
}
