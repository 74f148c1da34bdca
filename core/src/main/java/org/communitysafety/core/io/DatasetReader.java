package org.communitysafety.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.DisputeStoreBuilder;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.OutreachStoreBuilder;
import org.communitysafety.core.aggregate.RecordStore;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.jurisdiction.PopulationFigure;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.jurisdiction.TreeIssue;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Reads and validates a data directory — the library's interchange format.
 *
 * <pre>{@code
 * ReadResult result = DatasetReader.read(Path.of("data"));                       // strict, UTF-8
 * ReadResult lenient = DatasetReader.read(dir, ReadOptions.defaults().asLenient().withEncoding("gbk"));
 * Dataset data = result.orThrow();
 * }</pre>
 *
 * <h2>Files</h2>
 * {@code jurisdictions.csv} is required; {@code incidents.csv}, {@code disputes.csv},
 * {@code outreach.csv}, {@code taxonomy.csv} (replaces the {@linkplain
 * Taxonomy#defaultTaxonomy() default taxonomy}) and {@code populations.csv} are optional. A
 * header row names the columns; order is free, names are case-insensitive, and an unknown
 * column is a warning and ignored.
 *
 * <table>
 * <caption>Columns (* = required)</caption>
 * <tr><th>file</th><th>columns</th></tr>
 * <tr><td>jurisdictions</td><td>code*, name*, level* (city/district/county/town/street/village/community
 *   or 市/区/县/镇/乡/街道/村/社区), parent_code (empty for a root), population, households (integers ≥ 0;
 *   empty on a parent = the sum of its children's), area_km2 (decimal ≥ 0), kind (urban/rural; when
 *   empty, implied by 街道/社区 = urban and 镇/乡/村 = rural)</td></tr>
 * <tr><td>incidents</td><td>id* (unique), unit*, category*, occurred_on*, reported_on, cleared_on (not
 *   before occurred_on; empty = not cleared), criminal (default: the category's), repeat_call (default
 *   false), loss, recovered (yuan ≥ 0), source (call/walk_in/online/patrol/volunteer/smart_alert/other)</td></tr>
 * <tr><td>disputes</td><td>id*, unit*, type* (neighbour/family/labour/property/land/school/commercial/
 *   traffic/consumer/other), received_on*, status* (open/resolved/failed/referred), closed_on (required
 *   unless open, forbidden when open, not before received_on), amount, source, mediator</td></tr>
 * <tr><td>outreach</td><td>id*, unit*, type* (anti_fraud/visit/patrol/legal_education/traffic_safety/
 *   counselling/online/inspection/other), held_on*, staff, volunteers, audience, households,
 *   hazards_found, hazards_fixed (≤ hazards_found), leads, frauds_stopped (integers ≥ 0), loss_avoided</td></tr>
 * <tr><td>taxonomy</td><td>code*, label_zh*, label_en*, criminal*, groups (separated by |)</td></tr>
 * <tr><td>populations</td><td>unit*, year*, population*, households: a unit's figures for one year,
 *   which take precedence over jurisdictions.csv for that year</td></tr>
 * </table>
 *
 * <p>Dates: {@code 2024-03-07}, {@code 2024/3/7}, {@code 20240307}, {@code 2024年3月7日}. Booleans:
 * true/false, 1/0, yes/no, 是/否. Amounts: yuan with at most two decimals.
 *
 * <h2>Problems</h2>
 * Every rule is checked and every problem reported at once, as a {@link Problem} with the
 * file, line, column, value and reason, e.g. {@code incidents.csv line 1042, column cleared_on:
 * 2023-02-30 is not a date}. In strict mode (the default) any error means nothing is loaded;
 * in lenient mode the good rows are loaded and the rejected ones returned. Either way, for
 * every file, rows read = rows accepted + rows rejected. A row whose unit was rejected from
 * {@code jurisdictions.csv} is rejected too, saying so.
 *
 * <p>Files are streamed, never held whole in memory. Stateless and thread-safe.
 */
public final class DatasetReader {
    private static final String JURISDICTIONS = "jurisdictions.csv";
    /** The longest delay the column stores hold: 65,534 days (179 years). */
    private static final long MAX_DELAY = IncidentStore.NOT_CLEARED - 1;

    private DatasetReader() {}

    /** Reads {@code dir} strictly, as UTF-8. */
    public static ReadResult read(Path dir) {
        return read(dir, ReadOptions.defaults());
    }

    /** Reads {@code dir} with the given options. */
    public static ReadResult read(Path dir, ReadOptions options) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        return new Run(dir, null, options, false).run();
    }

    /**
     * Reads and validates {@code dir} exactly as {@link #read(Path, ReadOptions)} does — same
     * rules, messages and books — but puts the accepted records straight into column stores
     * for the aggregation core, without an object per record: for files of millions of rows.
     */
    public static ColumnarReadResult readColumnar(Path dir, ReadOptions options) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        return new Run(dir, null, options, true).runColumnar();
    }

    /**
     * Reads and validates rows that are not in files — tables in memory, say — exactly as it
     * reads a directory: same columns, rules, messages and strict or lenient loading.
     *
     * <p>The keys are the files' base names: {@code jurisdictions} (required), {@code incidents},
     * {@code disputes}, {@code outreach}, {@code taxonomy}, {@code populations}; a missing key is
     * an absent file. Problems name a source {@code incidents (table)}, with its
     * {@link RowSource#line() line numbers}. {@code options.charset()} does not apply. Every
     * source is read once and closed.
     *
     * @throws IllegalArgumentException if a key is not one of those base names
     */
    public static ReadResult read(Map<String, ? extends RowSource> sources, ReadOptions options) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(options, "options");
        for (String key : sources.keySet()) {
            if (Schema.find(key).isEmpty()) {
                throw new IllegalArgumentException("unknown source " + key + "; the sources are "
                        + String.join(", ", Schema.bases()) + Suggest.didYouMean(key, Schema.bases()));
            }
        }
        return new Run(null, Map.copyOf(sources), options, false).run();
    }

    /** The name problems give the rows of {@code base} read by {@link #read(Map, ReadOptions)}: {@code incidents (table)}. */
    public static String sourceName(String base) {
        return base + " (table)";
    }

    /** One reading of one directory: the mutable state of a read, confined to one thread. */
    private static final class Run {
        private final Path dir;
        /** Sources by base name instead of files in {@code dir}, or null. */
        private final Map<String, ? extends RowSource> sources;
        private final ReadOptions options;
        private final List<Problem> problems = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private final List<FileSummary> files = new ArrayList<>();
        /**
         * Shared date instances by epoch day (0..79999: 1970..2189), so a million records do not
         * hold a million copies of a few thousand dates. Shared by the threads that read the
         * record files; a racy write is harmless, as {@code LocalDate} is immutable.
         */
        private final LocalDate[] dateCache;
        private final Optional<LocalDate>[] optionalCache;

        private Taxonomy taxonomy = Taxonomy.defaultTaxonomy();
        private JurisdictionTree tree;
        private final Set<String> rejectedUnits;
        private String jurisdictionsFile = JURISDICTIONS;
        /** Whether accepted records go to column stores instead of objects. */
        private final boolean columnar;
        private final List<Incident> incidentList = new ArrayList<>();
        private final List<Dispute> disputeList = new ArrayList<>();
        private final List<OutreachSession> outreachList = new ArrayList<>();
        private IncidentStore.Builder incidentStore;
        private DisputeStoreBuilder disputeStore;
        private OutreachStoreBuilder outreachStore;
        private Populations populations = Populations.none();

        Run(Path dir, Map<String, ? extends RowSource> sources, ReadOptions options, boolean columnar) {
            this.dir = dir;
            this.sources = sources;
            this.options = options;
            this.columnar = columnar;
            this.dateCache = new LocalDate[80_000];
            @SuppressWarnings("unchecked")
            Optional<LocalDate>[] optionals = new Optional[80_000];
            this.optionalCache = optionals;
            this.rejectedUnits = new HashSet<>();
        }

        /**
         * A run for one record file on its own thread: it shares what the parent has read (tree,
         * taxonomy, rejected units; all read-only from now on) and keeps its own books.
         */
        private Run(Run parent) {
            this.columnar = parent.columnar;
            this.dir = parent.dir;
            this.sources = parent.sources;
            this.options = parent.options;
            this.dateCache = parent.dateCache;
            this.optionalCache = parent.optionalCache;
            this.taxonomy = parent.taxonomy;
            this.tree = parent.tree;
            this.rejectedUnits = parent.rejectedUnits;
            this.jurisdictionsFile = parent.jurisdictionsFile;
        }

        /** Appends a child run's books to this run's, keeping file order. */
        private void absorb(Run child) {
            files.addAll(child.files);
            problems.addAll(child.problems);
            rejected.addAll(child.rejected);
        }

        ReadResult run() {
            Optional<ReadReport> failed = readAll();
            if (failed.isPresent()) {
                return new ReadResult(failed.get(), Optional.empty());
            }
            ReadReport report = new ReadReport(files, problems, rejected);
            Optional<Dataset> dataset = loadable(report)
                    ? Optional.of(new Dataset(tree, taxonomy, populations, incidentList, disputeList, outreachList))
                    : Optional.empty();
            return new ReadResult(report, dataset);
        }

        ColumnarReadResult runColumnar() {
            Optional<ReadReport> failed = readAll();
            if (failed.isPresent()) {
                return new ColumnarReadResult(failed.get(), Optional.empty());
            }
            ReadReport report = new ReadReport(files, problems, rejected);
            if (!loadable(report)) {
                return new ColumnarReadResult(report, Optional.empty());
            }
            try {
                return new ColumnarReadResult(report, Optional.of(new ColumnarDataset(tree, taxonomy, populations,
                        incidentStore.build(), disputeStore.build(), outreachStore.build())));
            } catch (IllegalArgumentException e) {
                // a store's limit (a span of 179 years): every row was valid, the set as a whole does not fit
                problems.add(Problem.error(sources == null ? dir.toString() : "(sources)", 0,
                        "the records cannot be held in column stores: " + e.getMessage()));
                return new ColumnarReadResult(new ReadReport(files, problems, rejected), Optional.empty());
            }
        }

        private boolean loadable(ReadReport report) {
            return tree != null && tree.size() > 0 && (options.lenient() || report.isClean());
        }

        /** Reads every file; a report when the directory itself is missing. */
        private Optional<ReadReport> readAll() {
            if (sources == null && !Files.isDirectory(dir)) {
                problems.add(Problem.error(dir.toString(), 0, Files.exists(dir) ? "not a directory"
                        : "no such directory"));
                return Optional.of(new ReadReport(files, problems, rejected));
            }
            readTaxonomy();
            readJurisdictions();
            if (tree == null) {
                tree = JurisdictionTree.of(List.of());
            }
            populations = readPopulations();
            // the three record files depend only on what is read so far: read them side by side
            Run incidentRun = new Run(this);
            Run disputeRun = new Run(this);
            Run outreachRun = new Run(this);
            if (sources == null && Runtime.getRuntime().availableProcessors() > 1) {
                CompletableFuture<Void> d = CompletableFuture.runAsync(disputeRun::readDisputes);
                CompletableFuture<Void> o = CompletableFuture.runAsync(outreachRun::readOutreach);
                incidentRun.readIncidents();
                join(d);
                join(o);
            } else {
                incidentRun.readIncidents();
                disputeRun.readDisputes();
                outreachRun.readOutreach();
            }
            absorb(incidentRun);
            absorb(disputeRun);
            absorb(outreachRun);
            incidentList.addAll(incidentRun.incidentList);
            incidentStore = incidentRun.incidentStore;
            disputeStore = disputeRun.disputeStore;
            outreachStore = outreachRun.outreachStore;
            disputeList.addAll(disputeRun.disputeList);
            outreachList.addAll(outreachRun.outreachList);
            return Optional.empty();
        }

        private static <T> T join(CompletableFuture<T> future) {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }

        /**
         * Reads the file of {@code schema}: {@code base.csv}, or {@code base.jsonl} when there is
         * no CSV file. A data directory may mix the two formats, one per kind of file.
         */
        private FileSummary readTable(Schema schema, boolean required, TableReader.RowHandler handler) {
            if (sources != null) {
                return readSource(schema, required, handler);
            }
            Path csv = dir.resolve(schema.base + ".csv");
            Path jsonl = dir.resolve(schema.base + ".jsonl");
            boolean csvThere = Files.exists(csv);
            boolean jsonThere = Files.exists(jsonl);
            if (csvThere && jsonThere) {
                problems.add(Problem.warning(jsonl.getFileName().toString(), 0,
                        "both " + schema.file + " and " + schema.base + ".jsonl exist; only " + schema.file
                                + " is read"));
            }
            if (!csvThere && jsonThere) {
                return new TableReader(schema, options.charset(), problems, rejected, Run::openJsonLines)
                        .read(jsonl, required, handler);
            }
            return new TableReader(schema, options.charset(), problems, rejected,
                    (file, charset, columns) -> CsvRowSource.open(file, charset)).read(csv, required, handler);
        }

        /** Reads the rows of {@code schema} from {@link #sources}. */
        private FileSummary readSource(Schema schema, boolean required, TableReader.RowHandler handler) {
            String name = sourceName(schema.base);
            RowSource source = sources.get(schema.base);
            if (source == null) {
                if (required) {
                    problems.add(Problem.error(name, 0, "no " + schema.base + " were given; they are required"));
                    return new FileSummary(name, false, 0, 0, 0, 0);
                }
                return FileSummary.absent(name);
            }
            return new TableReader(schema, options.charset(), problems, rejected, null)
                    .read(name, source, handler);
        }

        /** JSON Lines support lives in its own package with Jackson, loaded only when a .jsonl file is read. */
        private static RowSource openJsonLines(Path file, java.nio.charset.Charset charset, List<String> columns)
                throws java.io.IOException {
            try {
                return org.communitysafety.core.io.json.JsonLinesRowSource.open(file, charset, columns);
            } catch (NoClassDefFoundError e) {
                throw new java.io.IOException("reading JSON Lines needs jackson-databind on the class path ("
                        + e.getMessage() + ")", e);
            }
        }

        /** A shared {@code Optional} of a shared date; empty for null. */
        private Optional<LocalDate> optionalDate(LocalDate d) {
            if (d == null) {
                return Optional.empty();
            }
            long day = d.toEpochDay();
            if (day < 0 || day >= optionalCache.length) {
                return Optional.of(d);
            }
            Optional<LocalDate> cached = optionalCache[(int) day];
            if (cached == null) {
                cached = Optional.of(intern(d));
                optionalCache[(int) day] = cached;
            }
            return cached;
        }

        private LocalDate intern(LocalDate d) {
            long day = d.toEpochDay();
            if (day < 0 || day >= dateCache.length) {
                return d;
            }
            LocalDate cached = dateCache[(int) day];
            if (cached == null) {
                dateCache[(int) day] = d;
                return d;
            }
            return cached;
        }

        // ---- taxonomy.csv ----------------------------------------------------------------

        private void readTaxonomy() {
            Schema s = Schema.TAXONOMY;
            int code = s.column("code"), zh = s.column("label_zh"), en = s.column("label_en");
            int criminal = s.column("criminal"), groups = s.column("groups");
            List<Category> categories = new ArrayList<>();
            Map<String, Long> firstLine = new HashMap<>();
            FileSummary summary = readTable(s, false, row -> {
                String c = row.required(code);
                String labelZh = row.required(zh);
                String labelEn = row.required(en);
                Boolean isCriminal = row.boolRequired(criminal);
                Set<String> groupSet = new LinkedHashSet<>();
                for (String g : row.raw(groups).split("\\|", -1)) {
                    if (!g.isBlank()) {
                        groupSet.add(g.strip());
                    }
                }
                if (c != null) {
                    Long first = firstLine.get(c);
                    if (first != null) {
                        row.error(code, c, "duplicate category " + c + ", first defined on line " + first);
                    }
                }
                if (row.hasErrors()) {
                    return false;
                }
                try {
                    categories.add(new Category(c, labelZh, labelEn, isCriminal, groupSet));
                    firstLine.put(c, row.line());
                    return true;
                } catch (IllegalArgumentException e) {
                    row.error(e.getMessage().startsWith("group") ? groups : code, row.raw(code), e.getMessage());
                    return false;
                }
            });
            files.add(summary);
            if (summary.present()) {
                if (categories.isEmpty()) {
                    problems.add(Problem.error(s.file, 0,
                            "the file defines no category; incidents are checked against the default taxonomy"));
                } else {
                    taxonomy = Taxonomy.of(categories);
                }
            }
        }

        // ---- jurisdictions.csv -----------------------------------------------------------

        private record UnitRow(Jurisdiction unit, long line, List<String> fields) {}

        private void readJurisdictions() {
            Schema s = Schema.JURISDICTIONS;
            int code = s.column("code"), name = s.column("name"), level = s.column("level");
            int parent = s.column("parent_code"), population = s.column("population");
            int households = s.column("households"), area = s.column("area_km2"), kind = s.column("kind");
            List<UnitRow> rows = new ArrayList<>();
            FileSummary summary = readTable(s, true, row -> {
                String c = row.required(code);
                String n = row.required(name);
                String levelText = row.required(level);
                Level l = null;
                if (levelText != null) {
                    l = Level.find(levelText).orElse(null);
                    if (l == null) {
                        row.error(level, levelText, levelText + " is not a level; expected city, district, county,"
                                + " town, street, village, community or 市, 区, 县, 镇, 乡, 街道, 村, 社区");
                    }
                }
                Optional<String> p = row.optional(parent);
                Long pop = row.countOptional(population);
                Long hh = row.countOptional(households);
                Double km2 = row.decimalOptional(area);
                Optional<AreaKind> k = Optional.empty();
                Optional<String> kindText = row.optional(kind);
                if (kindText.isPresent()) {
                    try {
                        k = Optional.of(AreaKind.parse(kindText.get()));
                    } catch (IllegalArgumentException e) {
                        row.error(kind, kindText.get(), e.getMessage());
                    }
                } else if (levelText != null) {
                    k = Level.impliedKind(levelText);
                }
                if (c != null && p.isPresent() && p.get().equals(c)) {
                    row.error(parent, p.get(), "a unit cannot be its own parent");
                }
                if (row.hasErrors()) {
                    return false;
                }
                Jurisdiction j = new Jurisdiction(c, n, l, p,
                        pop == null ? OptionalLong.empty() : OptionalLong.of(pop),
                        hh == null ? OptionalLong.empty() : OptionalLong.of(hh),
                        km2 == null ? OptionalDouble.empty() : OptionalDouble.of(km2), k);
                rows.add(new UnitRow(j, row.line(), row.fields()));
                return true;
            });
            if (!summary.present()) {
                files.add(summary);
                tree = JurisdictionTree.of(List.of()); // records then name their units as unknown
                return;
            }
            jurisdictionsFile = summary.file();
            // tree checks need the whole file: reject the units at fault and their descendants
            List<Jurisdiction> units = rows.stream().map(UnitRow::unit).toList();
            List<TreeIssue> issues = JurisdictionTree.check(units);
            Set<String> affected = JurisdictionTree.affectedCodes(units, issues);
            Map<Integer, List<Problem>> byPosition = new HashMap<>();
            for (TreeIssue issue : issues) {
                UnitRow r = rows.get(issue.position());
                String value = switch (issue.column()) {
                    case "parent_code" -> r.unit().parentCode().orElse("");
                    case "level" -> r.unit().level().code();
                    default -> r.unit().code();
                };
                String reason = issue.column().equals("code") ? issue.reason() + ", first defined on line "
                        + firstLineOf(rows, issue.code()) : issue.reason();
                byPosition.computeIfAbsent(issue.position(), x -> new ArrayList<>())
                        .add(Problem.error(jurisdictionsFile, r.line(), issue.column(), value, reason));
            }
            List<Jurisdiction> kept = new ArrayList<>();
            long dropped = 0;
            for (int i = 0; i < rows.size(); i++) {
                UnitRow r = rows.get(i);
                List<Problem> rowProblems = byPosition.get(i);
                boolean duplicate = rowProblems != null && rowProblems.stream()
                        .anyMatch(pr -> pr.column().equals(Optional.of("code")));
                if (rowProblems == null && affected.contains(r.unit().code())) {
                    String parentCode = r.unit().parentCode().orElseThrow();
                    rowProblems = List.of(Problem.error(jurisdictionsFile, r.line(), "parent_code", parentCode,
                            "its parent " + parentCode + " was rejected"));
                }
                if (rowProblems == null) {
                    kept.add(r.unit());
                    continue;
                }
                dropped++;
                problems.addAll(rowProblems);
                rejected.add(new RejectedRow(jurisdictionsFile, r.line(), r.fields(), rowProblems));
                if (!duplicate) {
                    rejectedUnits.add(r.unit().code());
                }
            }
            files.add(new FileSummary(jurisdictionsFile, true, summary.rowsRead(), summary.accepted() - dropped,
                    summary.rejected() + dropped, summary.warnings()));
            tree = JurisdictionTree.of(kept);
            warnAboutPopulations(rows);
        }

        private static long firstLineOf(List<UnitRow> rows, String code) {
            return rows.stream().filter(r -> r.unit().code().equals(code)).findFirst().map(UnitRow::line).orElse(0L);
        }

        /** A parent whose given population is below the sum of its children's is suspicious. */
        private void warnAboutPopulations(List<UnitRow> rows) {
            Map<String, Long> lineOf = new HashMap<>();
            rows.forEach(r -> lineOf.put(r.unit().code(), r.line()));
            for (int i = 0; i < tree.size(); i++) {
                Jurisdiction u = tree.unit(i);
                if (u.population().isEmpty() || tree.isLeaf(i)) {
                    continue;
                }
                long sum = 0;
                boolean known = true;
                for (int child : tree.children(i)) {
                    OptionalLong p = tree.population(child);
                    if (p.isEmpty()) {
                        known = false;
                        break;
                    }
                    sum += p.getAsLong();
                }
                if (known && sum > u.population().getAsLong()) {
                    problems.add(Problem.warning(jurisdictionsFile, lineOf.getOrDefault(u.code(), 0L), "population",
                            Long.toString(u.population().getAsLong()), "population " + u.population().getAsLong()
                                    + " is less than the sum of its children's, " + sum));
                }
            }
        }

        /** The dense index of a unit, or -1 with the problem recorded. */
        private int unitIndex(RowContext row, int column, String code) {
            if (tree == null) {
                return -1;
            }
            OptionalInt i = tree.find(code);
            if (i.isPresent()) {
                return i.getAsInt();
            }
            if (rejectedUnits.contains(code)) {
                row.error(column, code, "unit " + code + " was rejected in " + jurisdictionsFile);
            } else {
                row.error(column, code, "unknown unit " + code + tree.suggest(code)
                        .map(x -> "; did you mean " + x + "?").orElse(""));
            }
            return -1;
        }

        /** Checks a record's id for uniqueness within its file. */
        private static boolean uniqueId(RowContext row, int column, String id, IdIndex seen) {
            long first = seen.putIfAbsent(id, row.line());
            if (first != 0) {
                row.error(column, id, "duplicate id " + id + ", first used on line " + first);
                return false;
            }
            return true;
        }

        // ---- populations.csv -------------------------------------------------------------

        private Populations readPopulations() {
            Schema s = Schema.POPULATIONS;
            int unit = s.column("unit"), year = s.column("year"), population = s.column("population");
            int households = s.column("households");
            List<PopulationFigure> figures = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            files.add(readTable(s, false, row -> {
                String u = row.required(unit);
                Long y = row.countRequired(year);
                Long p = row.countRequired(population);
                Long h = row.countOptional(households);
                int index = u == null ? -1 : unitIndex(row, unit, u);
                if (y != null && (y < 1000 || y > 9999)) {
                    row.error(year, row.raw(year), y + " is not a year; expected four digits");
                }
                if (row.hasErrors() || index < 0) {
                    return false;
                }
                String key = u + "/" + y;
                Long first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    row.error(year, row.raw(year), "unit " + u + " already has a population for " + y
                            + " on line " + first);
                    return false;
                }
                figures.add(new PopulationFigure(tree.unit(index).code(), y.intValue(), p,
                        h == null ? OptionalLong.empty() : OptionalLong.of(h)));
                return true;
            }));
            return Populations.of(figures);
        }

        // ---- incidents.csv ---------------------------------------------------------------

        private void readIncidents() {
            Schema s = Schema.INCIDENTS;
            int id = s.column("id"), unit = s.column("unit"), category = s.column("category");
            int occurred = s.column("occurred_on"), reported = s.column("reported_on");
            int cleared = s.column("cleared_on"), criminal = s.column("criminal");
            int repeat = s.column("repeat_call"), loss = s.column("loss"), recovered = s.column("recovered");
            int source = s.column("source");
            if (columnar) {
                incidentStore = IncidentStore.builder(tree, taxonomy);
            }
            IdIndex seen = new IdIndex();
            files.add(readTable(s, false, row -> {
                String i = row.required(id);
                String u = row.required(unit);
                String c = row.required(category);
                LocalDate occurredOn = row.date(occurred, true);
                LocalDate reportedOn = row.date(reported, false);
                LocalDate clearedOn = row.date(cleared, false);
                Money lossAmount = row.money(loss);
                Money recoveredAmount = row.money(recovered);
                Boolean repeatCall = row.bool(repeat, false);
                int unitIndex = u == null ? -1 : unitIndex(row, unit, u);
                int categoryIndex = -1;
                if (c != null) {
                    OptionalInt ci = taxonomy.find(c);
                    if (ci.isPresent()) {
                        categoryIndex = ci.getAsInt();
                    } else {
                        row.error(category, c, "unknown category " + c + Suggest.didYouMean(c, taxonomy.codes()));
                    }
                }
                Boolean isCriminal = categoryIndex >= 0
                        ? row.bool(criminal, taxonomy.category(categoryIndex).criminal())
                        : row.bool(criminal, false);
                IncidentSource src = IncidentSource.UNSPECIFIED;
                Optional<String> sourceText = row.optional(source);
                if (sourceText.isPresent()) {
                    try {
                        src = IncidentSource.parse(sourceText.get());
                    } catch (IllegalArgumentException e) {
                        row.error(source, sourceText.get(), e.getMessage());
                    }
                }
                if (occurredOn != null) {
                    notBefore(row, reported, reportedOn, "occurred_on", occurredOn);
                    notBefore(row, cleared, clearedOn, "occurred_on", occurredOn);
                    if (clearedOn != null && clearedOn.toEpochDay() - occurredOn.toEpochDay() > MAX_DELAY) {
                        row.error(cleared, row.raw(cleared), "cleared_on " + clearedOn + " is more than " + MAX_DELAY
                                + " days after occurred_on " + occurredOn);
                    }
                }
                if (i != null && !row.hasErrors()) {
                    uniqueId(row, id, i, seen);
                }
                if (row.hasErrors() || unitIndex < 0) {
                    return false;
                }
                if (columnar) {
                    long occurredDay = occurredOn.toEpochDay();
                    incidentStore.add(unitIndex, categoryIndex, occurredDay,
                            clearedOn == null ? -1 : clearedOn.toEpochDay() - occurredDay, isCriminal, repeatCall,
                            lossAmount.fen(), recoveredAmount.fen());
                } else {
                    incidentList.add(new Incident(i, tree.unit(unitIndex).code(),
                            taxonomy.category(categoryIndex).code(), intern(occurredOn), optionalDate(reportedOn),
                            optionalDate(clearedOn), isCriminal, repeatCall, lossAmount, recoveredAmount, src));
                }
                return true;
            }));
        }

        private static void notBefore(RowContext row, int column, LocalDate date, String earlierName,
                LocalDate earlier) {
            if (date != null && date.isBefore(earlier)) {
                row.error(column, row.raw(column), row.name(column) + " " + date + " is before " + earlierName + " "
                        + earlier);
            }
        }

        // ---- disputes.csv ----------------------------------------------------------------

        private void readDisputes() {
            Schema s = Schema.DISPUTES;
            int id = s.column("id"), unit = s.column("unit"), type = s.column("type");
            int received = s.column("received_on"), status = s.column("status"), closed = s.column("closed_on");
            int amount = s.column("amount"), source = s.column("source"), mediator = s.column("mediator");
            if (columnar) {
                disputeStore = RecordStore.disputeBuilder(tree);
            }
            IdIndex seen = new IdIndex();
            files.add(readTable(s, false, row -> {
                String i = row.required(id);
                String u = row.required(unit);
                DisputeType t = parseCoded(row, type, DisputeType::parse);
                LocalDate receivedOn = row.date(received, true);
                DisputeStatus st = parseCoded(row, status, DisputeStatus::parse);
                LocalDate closedOn = row.date(closed, false);
                Money amt = row.money(amount);
                int unitIndex = u == null ? -1 : unitIndex(row, unit, u);
                if (st != null) {
                    boolean closedGiven = !row.raw(closed).isBlank();
                    if (st.isConcluded() && !closedGiven) {
                        row.error(closed, "", "status " + st.code() + " requires closed_on");
                    } else if (!st.isConcluded() && closedGiven) {
                        row.error(closed, row.raw(closed), "status open must not have closed_on; a dispute with a"
                                + " closing date is resolved, failed or referred");
                    }
                }
                if (receivedOn != null) {
                    notBefore(row, closed, closedOn, "received_on", receivedOn);
                    if (closedOn != null && closedOn.toEpochDay() - receivedOn.toEpochDay() > MAX_DELAY) {
                        row.error(closed, row.raw(closed), "closed_on " + closedOn + " is more than " + MAX_DELAY
                                + " days after received_on " + receivedOn);
                    }
                }
                if (i != null && !row.hasErrors()) {
                    uniqueId(row, id, i, seen);
                }
                if (row.hasErrors() || unitIndex < 0) {
                    return false;
                }
                if (columnar) {
                    long receivedDay = receivedOn.toEpochDay();
                    disputeStore.add(unitIndex, t.ordinal(), receivedDay, st.ordinal(),
                            closedOn == null ? -1 : closedOn.toEpochDay() - receivedDay, amt.fen());
                } else {
                    disputeList.add(new Dispute(i, tree.unit(unitIndex).code(), t, intern(receivedOn), st,
                            optionalDate(closedOn), amt, row.optional(source), row.optional(mediator)));
                }
                return true;
            }));
        }

        private static <E> E parseCoded(RowContext row, int column, java.util.function.Function<String, E> parse) {
            String text = row.required(column);
            if (text == null) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                row.error(column, text, e.getMessage());
                return null;
            }
        }

        // ---- outreach.csv ----------------------------------------------------------------

        private void readOutreach() {
            Schema s = Schema.OUTREACH;
            int id = s.column("id"), unit = s.column("unit"), type = s.column("type"), held = s.column("held_on");
            int staff = s.column("staff"), volunteers = s.column("volunteers"), audience = s.column("audience");
            int households = s.column("households"), found = s.column("hazards_found");
            int fixed = s.column("hazards_fixed"), leads = s.column("leads"), stopped = s.column("frauds_stopped");
            int avoided = s.column("loss_avoided");
            if (columnar) {
                outreachStore = RecordStore.outreachBuilder(tree);
            }
            IdIndex seen = new IdIndex();
            files.add(readTable(s, false, row -> {
                String i = row.required(id);
                String u = row.required(unit);
                OutreachType t = parseCoded(row, type, OutreachType::parse);
                LocalDate heldOn = row.date(held, true);
                Long st = row.count(staff), vo = row.count(volunteers), au = row.count(audience);
                Long hh = row.count(households), hf = row.count(found), hx = row.count(fixed);
                Long le = row.count(leads), fs = row.count(stopped);
                Money la = row.money(avoided);
                int unitIndex = u == null ? -1 : unitIndex(row, unit, u);
                int[] columns = {staff, volunteers, audience, households, found, fixed, leads, stopped};
                Long[] values = {st, vo, au, hh, hf, hx, le, fs};
                for (int k = 0; k < columns.length; k++) {
                    int column = columns[k];
                    Long v = values[k];
                    if (v != null && v > Integer.MAX_VALUE) {
                        row.error(column, row.raw(column), v + " is more than " + Integer.MAX_VALUE
                                + ", the most one session can count");
                    }
                }
                if (hf != null && hx != null && hx > hf) {
                    row.error(fixed, row.raw(fixed), "hazards_fixed (" + hx + ") must not exceed hazards_found ("
                            + hf + ")");
                }
                if (i != null && !row.hasErrors()) {
                    uniqueId(row, id, i, seen);
                }
                if (row.hasErrors() || unitIndex < 0) {
                    return false;
                }
                if (columnar) {
                    outreachStore.add(unitIndex, t.ordinal(), heldOn.toEpochDay(), st, vo, au, hh, hf, hx, le, fs,
                            la.fen());
                } else {
                    outreachList.add(new OutreachSession(i, tree.unit(unitIndex).code(), t, intern(heldOn), st, vo,
                            au, hh, hf, hx, le, fs, la));
                }
                return true;
            }));
        }
    }
}
