package org.communitysafety.core.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.DisputeStoreBuilder;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.OutreachStoreBuilder;
import org.communitysafety.core.aggregate.RecordStore;
import org.communitysafety.core.lang.Futures;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.record.Coordinates;
import org.communitysafety.core.record.Crs;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;
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
 * column is a warning and ignored. Common Chinese headings are accepted too ({@code 所属单位}
 * for unit, {@code 发案时间} for occurred_on …; {@code headers.properties} in this package).
 *
 * <table>
 * <caption>Columns (* = required)</caption>
 * <tr><th>file</th><th>columns</th></tr>
 * <tr><td>jurisdictions</td><td>code*, name*, level* (city/district/county/town/street/village/community/grid
 *   or 市/区/县/镇/乡/街道/村/社区/网格), parent_code (empty for a root), population, households (integers ≥ 0;
 *   empty on a parent = the sum of its children's), area_km2 (decimal ≥ 0), kind (urban/rural; when
 *   empty, implied by 街道/社区 = urban and 镇/乡/村 = rural)</td></tr>
 * <tr><td>incidents</td><td>id* (unique), unit*, category*, occurred_on*, reported_on, cleared_on (not
 *   before occurred_on; empty = not cleared), criminal (default: the category's), repeat_call (default
 *   false), loss, recovered (yuan ≥ 0), source (call/walk_in/online/patrol/volunteer/smart_alert/other),
 *   grid (a unit at level grid below unit: the incident's unit becomes the grid), latitude and longitude
 *   (degrees, −90..90 and −180..180, both or neither), crs (wgs84 = WGS-84, the default; gcj02 = GCJ-02;
 *   bd09 = BD-09: kept as given, never converted, and counted in a note; ignored on a row without
 *   coordinates), address (kept in the record, not in the column store)</td></tr>
 * <tr><td>disputes</td><td>id*, unit*, type* (neighbour/family/labour/property/land/school/commercial/
 *   traffic/consumer/other), received_on*, status* (open/resolved/failed/referred), closed_on (required
 *   unless open, forbidden when open, not before received_on), amount, source, mediator</td></tr>
 * <tr><td>outreach</td><td>id*, unit*, type* (anti_fraud/visit/patrol/legal_education/traffic_safety/
 *   counselling/online/inspection/other), held_on*, staff, volunteers, audience, households,
 *   hazards_found, hazards_fixed (≤ hazards_found), leads, frauds_stopped (integers ≥ 0), loss_avoided</td></tr>
 * <tr><td>taxonomy</td><td>code*, label_zh*, label_en*, criminal*, groups, synonyms (separated by |)</td></tr>
 * <tr><td>populations</td><td>unit*, year*, population*, households: a unit's figures for one year,
 *   which take precedence over jurisdictions.csv for that year</td></tr>
 * </table>
 *
 * <p>Categories, dispute types and statuses and outreach types may be written as codes, labels or
 * synonyms ({@code 盗窃案}, {@code 已化解}); units as codes, or names no other unit shares.
 *
 * <p>Dates: {@code 2024-03-07}, {@code 2024/3/7}, {@code 20240307}, {@code 2024年3月7日}, each
 * optionally with a time: {@code 2024-03-07 14:23}, {@code 2024-03-07T14:23:05},
 * {@code 2024年3月7日14时23分} ({@link FieldValues#dateTime}). An incident keeps the time it occurred
 * and the time it was reported (to the minute in the column store, with the reporting delay in
 * minutes when both carry a time); a time on cleared_on, received_on, closed_on or held_on is
 * checked and dropped. A day without a time is not given one. Booleans:
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
    /** The longest delay the column stores hold: 65,534 days (179 years). */

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
        return readColumnar(dir, options, ReadProgress.none());
    }

    /**
     * {@link #readColumnar(Path, ReadOptions)}, telling {@code progress} of every file's rows as
     * they are read (from the reading threads: see {@link ReadProgress}).
     */
    public static ColumnarReadResult readColumnar(Path dir, ReadOptions options, ReadProgress progress) {
        Objects.requireNonNull(progress, "progress");
        return readColumnar(dir, options, true, progress);
    }

    /**
     * {@link #readColumnar(Path, ReadOptions)}, with or without the fast path of plain CSV
     * files ({@link PlainCsv}): the outcome is the same either way, which the tests check
     * with this switch.
     */
    static ColumnarReadResult readColumnar(Path dir, ReadOptions options, boolean plainPath) {
        return readColumnar(dir, options, plainPath, ReadProgress.none());
    }

    private static ColumnarReadResult readColumnar(Path dir, ReadOptions options, boolean plainPath,
            ReadProgress progress) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        Run run = new Run(dir, null, options, true);
        run.plainPath = plainPath;
        run.books.progress(progress);
        return run.runColumnar();
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
        private final ReadOptions options;
        /** Where the rows come from, and this run's problems, rejected rows and file summaries. */
        private final RowFiles books;
        /** Shared by the runs of one reading. */
        private final DateInterner dates;

        private Taxonomy taxonomy = Taxonomy.defaultTaxonomy();
        private JurisdictionTree tree;
        private final Set<String> rejectedUnits;
        private UnitNames unitNames;
        /** Whether accepted records go to column stores instead of objects. */
        private final boolean columnar;
        /** Whether plain CSV record files take their fast path ({@link PlainCsv}); only when columnar. */
        private boolean plainPath = true;
        private final List<Incident> incidentList = new ArrayList<>();
        private final List<Dispute> disputeList = new ArrayList<>();
        private final List<OutreachSession> outreachList = new ArrayList<>();
        private IncidentStore.Builder incidentStore;
        private DisputeStoreBuilder disputeStore;
        private OutreachStoreBuilder outreachStore;
        private Populations populations = Populations.none();
        /**
         * The units by the bytes of their codes and names for the fast paths of the three record
         * files, made once on the first one's thread and shared: for a million units they are
         * 2 million keys.
         */
        private Memo<ByteKeys> unitKeys;

        Run(Path dir, Map<String, ? extends RowSource> sources, ReadOptions options, boolean columnar) {
            this.options = options;
            this.books = new RowFiles(dir, sources, options);
            this.columnar = columnar;
            this.dates = new DateInterner();
            this.rejectedUnits = new HashSet<>();
        }

        /**
         * A run for one record file on its own thread: it shares what the parent has read (tree,
         * taxonomy, rejected units; all read-only from now on) and keeps its own books.
         */
        private Run(Run parent) {
            this.columnar = parent.columnar;
            this.plainPath = parent.plainPath;
            this.options = parent.options;
            this.books = parent.books.fork();
            this.dates = parent.dates;
            this.taxonomy = parent.taxonomy;
            this.tree = parent.tree;
            this.rejectedUnits = parent.rejectedUnits;
            this.unitNames = parent.unitNames;
            this.unitKeys = parent.unitKeys;
        }

        /** Appends a child run's books to this run's, keeping file order. */
        private void absorb(Run child) {
            books.absorb(child.books);
        }

        ReadResult run() {
            Optional<ReadReport> failed = readAll();
            if (failed.isPresent()) {
                return new ReadResult(failed.get(), Optional.empty());
            }
            ReadReport report = books.report();
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
            ReadReport report = books.report();
            if (!loadable(report)) {
                return new ColumnarReadResult(report, Optional.empty());
            }
            try {
                return new ColumnarReadResult(report, Optional.of(new ColumnarDataset(tree, taxonomy, populations,
                        incidentStore.build(), disputeStore.build(), outreachStore.build())));
            } catch (IllegalArgumentException e) {
                // a store's limit (a span of 179 years): every row was valid, the set as a whole does not fit
                books.problems.add(Problem.error(books.inputName(), 0,
                        "the records cannot be held in column stores: " + e.getMessage()));
                return new ColumnarReadResult(books.report(), Optional.empty());
            }
        }

        private boolean loadable(ReadReport report) {
            return tree != null && tree.size() > 0 && (options.lenient() || report.isClean());
        }

        /** Reads every file; a report when the directory itself is missing. */
        private Optional<ReadReport> readAll() {
            if (books.directoryMissing()) {
                return Optional.of(books.report());
            }
            taxonomy = ReferenceFiles.readTaxonomy(books);
            ReferenceFiles.Units units = ReferenceFiles.readJurisdictions(books, rejectedUnits);
            tree = units.tree();
            unitNames = new UnitNames(tree, rejectedUnits, units.file());
            JurisdictionTree read = tree;
            unitKeys = new Memo<>(() -> PlainRecords.unitKeys(read));
            populations = ReferenceFiles.readPopulations(books, tree, unitNames);
            // the three record files depend only on what is read so far: read them side by side
            Run incidentRun = new Run(this);
            Run disputeRun = new Run(this);
            Run outreachRun = new Run(this);
            if (!books.inMemory() && Runtime.getRuntime().availableProcessors() > 1) {
                CompletableFuture<Void> d = CompletableFuture.runAsync(disputeRun::readDisputes);
                CompletableFuture<Void> o = CompletableFuture.runAsync(outreachRun::readOutreach);
                incidentRun.readIncidents();
                Futures.join(d);
                Futures.join(o);
            } else {
                incidentRun.readIncidents();
                disputeRun.readDisputes();
                outreachRun.readOutreach();
            }
            absorb(incidentRun);
            absorb(disputeRun);
            absorb(outreachRun);
            books.warnUnread();
            incidentList.addAll(incidentRun.incidentList);
            incidentStore = incidentRun.incidentStore;
            disputeStore = disputeRun.disputeStore;
            outreachStore = outreachRun.outreachStore;
            disputeList.addAll(disputeRun.disputeList);
            outreachList.addAll(outreachRun.outreachList);
            return Optional.empty();
        }

        /** The dense index of the unit a row names by code or unique name, or -1 with the problem recorded. */
        private int unitIndex(RowContext row, int column, String code) {
            return unitNames == null ? -1 : unitNames.index(row, column, code);
        }

        // ---- incidents.csv ---------------------------------------------------------------

        private void readIncidents() {
            Schema s = Schema.INCIDENTS;
            int id = s.column("id"), unit = s.column("unit"), category = s.column("category");
            int occurred = s.column("occurred_on"), reported = s.column("reported_on");
            int cleared = s.column("cleared_on"), criminal = s.column("criminal");
            int repeat = s.column("repeat_call"), loss = s.column("loss"), recovered = s.column("recovered");
            int source = s.column("source"), grid = s.column("grid"), latitude = s.column("latitude");
            int longitude = s.column("longitude"), crs = s.column("crs"), address = s.column("address");
            if (columnar) {
                incidentStore = IncidentStore.builder(tree, taxonomy);
            }
            IdIndex seen = new IdIndex();
            long[] byCrs = new long[Crs.values().length];
            PlainCsv.Kind plain = columnar && plainPath ? new PlainIncidents(unitKeys.get(), taxonomy, seen, incidentStore) : null;
            FileSummary summary = books.read(s, false, row -> {
                String i = row.id(id);
                String u = row.required(unit);
                String c = row.required(category);
                FieldValues.DateTime occurredAt = row.dateTime(occurred, true);
                FieldValues.DateTime reportedAt = row.dateTime(reported, false);
                LocalDate occurredOn = occurredAt == null ? null : occurredAt.date();
                LocalDate reportedOn = reportedAt == null ? null : reportedAt.date();
                LocalDate clearedOn = row.date(cleared, false);
                Money lossAmount = row.money(loss);
                Money recoveredAmount = row.money(recovered);
                Boolean repeatCall = row.bool(repeat, false);
                int unitIndex = u == null ? -1 : unitIndex(row, unit, u);
                Optional<String> gridText = row.optional(grid);
                if (gridText.isPresent() && unitIndex >= 0) {
                    unitIndex = IncidentRules.gridIndex(tree, unitNames, row, grid, gridText.get(), unitIndex, u);
                }
                Coordinates at = IncidentRules.coordinates(row, latitude, longitude, crs);
                int categoryIndex = -1;
                if (c != null) {
                    OptionalInt ci = taxonomy.resolve(c);
                    if (ci.isPresent()) {
                        categoryIndex = ci.getAsInt();
                    } else {
                        row.error(category, c, "unknown category " + c + taxonomy.suggest(c)
                                .map(x -> "; did you mean " + x + "?").orElse(""));
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
                    IncidentRules.reportedNotBefore(row, reported, reportedAt, occurredAt);
                    RecordRules.notBeforeNorTooLate(row, cleared, clearedOn, "occurred_on", occurredOn);
                }
                if (reportedOn != null && clearedOn != null && reportedOn.isAfter(clearedOn)) {
                    // possible (a case solved before anyone reported it) but far more often a typo
                    row.warning(reported, row.raw(reported), "reported_on " + reportedOn + " is after cleared_on "
                            + clearedOn + "; the incident is kept, check the dates");
                }
                if (!RecordRules.acceptable(row, id, i, seen, unitIndex)) {
                    return false;
                }
                Optional<LocalTime> occurredTime = occurredAt.time();
                Optional<LocalTime> reportedTime = reportedAt == null ? Optional.empty() : reportedAt.time();
                if (at != null) {
                    byCrs[at.crs().ordinal()]++;
                }
                if (columnar) {
                    long occurredDay = occurredOn.toEpochDay();
                    incidentStore.add(unitIndex, categoryIndex, occurredDay,
                            clearedOn == null ? -1 : clearedOn.toEpochDay() - occurredDay, isCriminal, repeatCall,
                            lossAmount.fen(), recoveredAmount.fen());
                    int minute = occurredAt.minuteOfDay();
                    long delay = IncidentRules.reportingDelayMinutes(occurredAt, reportedAt);
                    if (minute >= 0 || delay >= 0) {
                        incidentStore.times(minute, delay);
                    }
                    if (at != null) {
                        incidentStore.coordinates(at.latitudeMicro(), at.longitudeMicro(), at.crs());
                    }
                } else {
                    incidentList.add(new Incident(i, tree.unit(unitIndex).code(),
                            taxonomy.category(categoryIndex).code(), dates.intern(occurredOn), dates.optional(reportedOn),
                            dates.optional(clearedOn), isCriminal, repeatCall, lossAmount, recoveredAmount, src,
                            occurredTime, reportedTime, Optional.ofNullable(at), row.optional(address)));
                }
                return true;
            }, plain);
            books.files.add(summary);
            for (Crs system : Crs.values()) {
                if (system != Crs.WGS84 && byCrs[system.ordinal()] > 0) {
                    long n = byCrs[system.ordinal()];
                    books.problems.add(Problem.info(summary.file(), String.format(java.util.Locale.ROOT, "%,d", n)
                            + (n == 1 ? " incident gives" : " incidents give")
                            + " coordinates in " + system.labelEn() + "; they are kept as given, not converted"));
                }
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
            PlainCsv.Kind plain = columnar && plainPath ? new PlainDisputes(unitKeys.get(), seen, disputeStore) : null;
            books.files.add(books.read(s, false, row -> {
                String i = row.id(id);
                String u = row.required(unit);
                DisputeType t = RecordRules.parseCoded(row, type, DisputeType::parse);
                LocalDate receivedOn = row.date(received, true);
                DisputeStatus st = RecordRules.parseCoded(row, status, DisputeStatus::parse);
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
                    RecordRules.notBeforeNorTooLate(row, closed, closedOn, "received_on", receivedOn);
                }
                if (!RecordRules.acceptable(row, id, i, seen, unitIndex)) {
                    return false;
                }
                if (columnar) {
                    long receivedDay = receivedOn.toEpochDay();
                    disputeStore.add(unitIndex, t.ordinal(), receivedDay, st.ordinal(),
                            closedOn == null ? -1 : closedOn.toEpochDay() - receivedDay, amt.fen());
                } else {
                    disputeList.add(new Dispute(i, tree.unit(unitIndex).code(), t, dates.intern(receivedOn), st,
                            dates.optional(closedOn), amt, row.optional(source), row.optional(mediator)));
                }
                return true;
            }, plain));
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
            PlainCsv.Kind plain = columnar && plainPath ? new PlainOutreach(unitKeys.get(), seen, outreachStore) : null;
            books.files.add(books.read(s, false, row -> {
                String i = row.id(id);
                String u = row.required(unit);
                OutreachType t = RecordRules.parseCoded(row, type, OutreachType::parse);
                LocalDate heldOn = row.date(held, true);
                Long st = row.count(staff), vo = row.count(volunteers), au = row.count(audience);
                Long hh = row.count(households), hf = row.count(found), hx = row.count(fixed);
                Long le = row.count(leads), fs = row.count(stopped);
                Money la = row.money(avoided);
                int unitIndex = u == null ? -1 : unitIndex(row, unit, u);
                if (hf != null && hx != null && hx > hf) {
                    row.error(fixed, row.raw(fixed), "hazards_fixed (" + hx + ") must not exceed hazards_found ("
                            + hf + ")");
                }
                if (!RecordRules.acceptable(row, id, i, seen, unitIndex)) {
                    return false;
                }
                if (columnar) {
                    outreachStore.add(unitIndex, t.ordinal(), heldOn.toEpochDay(), st, vo, au, hh, hf, hx, le, fs,
                            la.fen());
                } else {
                    outreachList.add(new OutreachSession(i, tree.unit(unitIndex).code(), t, dates.intern(heldOn), st, vo,
                            au, hh, hf, hx, le, fs, la));
                }
                return true;
            }, plain));
        }
    }

    /** A value made by the first thread that asks for it, then shared. Thread-safe. */
    private static final class Memo<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Memo(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }
}
