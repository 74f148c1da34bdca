package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.OutreachSession;

/**
 * Seeded random cases of every record kind, each with its naive reference written with streams
 * over the record objects ({@link NaiveIncidents}, {@link #naive(DisputeMeasure, Dispute,
 * Period)}, {@link #naive(OutreachMeasure, OutreachSession)}), so that the laws of {@link Cube}
 * are checked once for all kinds ({@link CubeLawsPropertyTest}).
 */
final class KindCases {
    private KindCases() {}

    /** One way of aggregating a kind: incidents with detail or counts only, disputes, outreach. */
    enum Variant {
        INCIDENTS, INCIDENT_COUNTS, DISPUTES, OUTREACH;

        /** The case of this variant for a seed. */
        KindCase<?> generate(long seed) {
            return switch (this) {
                case INCIDENTS -> new Incidents(RandomCases.generate(seed), true);
                case INCIDENT_COUNTS -> new Incidents(RandomCases.generate(seed), false);
                case DISPUTES -> disputes(seed);
                case OUTREACH -> outreach(seed);
            };
        }
    }

    /** {@code cases} seeded random cases of every variant. */
    static Stream<KindCase<?>> cases(int cases) {
        return Stream.of(Variant.values()).flatMap(v -> new Random(20240229L ^ v.ordinal()).longs(cases)
                .mapToObj(v::generate));
    }

    /**
     * A random case of one kind: its tree, periods and records, a fresh accumulation of any range
     * of its rows, and the naive figure of every cell.
     */
    interface KindCase<M extends Enum<M>> {
        RecordKind<M> kind();

        long seed();

        JurisdictionTree tree();

        PeriodIndex periods();

        /** Categories or types. */
        int width();

        /** The number of records. */
        int rows();

        /** Whether the cubes hold every measure (all kinds but incidents counts only). */
        boolean detail();

        /** The measures the cubes hold. */
        default EnumSet<M> measures() {
            return detail() ? EnumSet.allOf(kind().measureType()) : EnumSet.of(kind().measures().get(0));
        }

        /** Whether the cubes hold distributions of days. */
        default boolean hasDistributions() {
            return kind().distributionMeasure().filter(measures()::contains).isPresent();
        }

        /** The records of rows {@code from .. to} added to an accumulator of their own. */
        default Part<M> accumulate(int from, int to) {
            Part<M> part = none();
            part.add(from, to);
            return part;
        }

        /** An accumulator of nothing. */
        Part<M> none();

        /** Every record, on {@code threads} threads. */
        Cube<M> aggregate(int threads);

        /** The cube of no records. */
        default Cube<M> empty() {
            return Cube.empty(kind(), tree().size(), periods(), width(), measures());
        }

        /** The naive figure of a cell: of the unit's own records, or of its subtree's. */
        long naive(M m, int unit, Period p, int column, boolean subtree);

        /** The naive distribution of days of a unit's own records, or of its subtree's. */
        DayDistribution naiveDays(int unit, Period p, boolean subtree);
    }

    /** An accumulator of one kind, whatever its class. */
    interface Part<M extends Enum<M>> {
        /** Adds rows {@code from .. to} of the case's store. */
        void add(int from, int to);

        void merge(Part<M> other);

        Cube<M> snapshot();
    }

    // ---- incidents -------------------------------------------------------------------------

    record Incidents(RandomCases.Case c, boolean detail) implements KindCase<IncidentMeasure> {
        @Override public RecordKind<IncidentMeasure> kind() {
            return RecordKind.INCIDENTS;
        }

        @Override public long seed() {
            return c.seed();
        }

        @Override public JurisdictionTree tree() {
            return c.tree();
        }

        @Override public PeriodIndex periods() {
            return c.periods();
        }

        @Override public int width() {
            return c.taxonomy().size();
        }

        @Override public int rows() {
            return c.incidents().size();
        }

        @Override public Part<IncidentMeasure> none() {
            return new IncidentPart(detail ? IncidentAccumulator.create(tree().size(), width(), periods())
                    : IncidentAccumulator.countsOnly(tree().size(), width(), periods()), c.store());
        }

        @Override public Cube<IncidentMeasure> aggregate(int threads) {
            return detail ? IncidentAggregation.aggregate(c.store(), periods(), threads)
                    : IncidentAggregation.counts(c.store(), periods(), threads);
        }

        @Override public long naive(IncidentMeasure m, int unit, Period p, int column, boolean subtree) {
            return subtree ? c.naive().subtree(m, unit, p, column) : c.naive().own(m, unit, p, column);
        }

        @Override public DayDistribution naiveDays(int unit, Period p, boolean subtree) {
            return subtree ? c.naive().subtreeDaysToClear(unit, p) : c.naive().ownDaysToClear(unit, p);
        }

        @Override public String toString() {
            return c + (detail ? "" : ", counts only");
        }
    }

    /** Incident parts merge through their accumulators. */
    private record IncidentPart(IncidentAccumulator acc, IncidentStore store) implements Part<IncidentMeasure> {
        @Override public void add(int from, int to) {
            acc.add(store, from, to);
        }

        @Override public void merge(Part<IncidentMeasure> other) {
            acc.merge(((IncidentPart) other).acc);
        }

        @Override public Cube<IncidentMeasure> snapshot() {
            return acc.snapshot();
        }
    }

    // ---- disputes and outreach --------------------------------------------------------------

    /**
     * A case of a kind with a {@link RecordStore}: records {@code R}, each in a unit (by code) and
     * of a type, and what one record adds to a measure of a period.
     */
    record Stored<M extends Enum<M>, R>(RecordKind<M> kind, long seed, JurisdictionTree tree, PeriodIndex periods,
            List<R> records, RecordStore<M> store, Naive<M, R> rule, Map<List<Integer>, List<R>> byUnitAndType)
            implements KindCase<M> {
        Stored(RecordKind<M> kind, long seed, JurisdictionTree tree, PeriodIndex periods, List<R> records,
                RecordStore<M> store, Naive<M, R> rule) {
            this(kind, seed, tree, periods, records, store, rule, records.stream()
                    .collect(Collectors.groupingBy(r -> List.of(tree.indexOf(rule.unit().apply(r)), rule.type().applyAsInt(r)))));
        }

        @Override public int width() {
            return kind.types().size();
        }

        @Override public int rows() {
            return records.size();
        }

        @Override public boolean detail() {
            return true;
        }

        @Override public Part<M> none() {
            return new StoredPart<>(RecordAccumulator.create(kind, tree.size(), periods), store);
        }

        @Override public Cube<M> aggregate(int threads) {
            return RecordAggregation.aggregate(store, periods, threads);
        }

        /** The records of a unit, or of its subtree (units subtreeStart(unit) .. unit), of some types. */
        private Stream<R> of(int unit, boolean subtree, IntStream types) {
            int[] ts = types.toArray();
            return IntStream.rangeClosed(subtree ? tree.subtreeStart(unit) : unit, unit).boxed()
                    .flatMap(v -> Arrays.stream(ts).mapToObj(t -> byUnitAndType.getOrDefault(List.of(v, t), List.of())))
                    .flatMap(List::stream);
        }

        @Override public long naive(M m, int unit, Period p, int column, boolean subtree) {
            return of(unit, subtree, IntStream.of(column)).mapToLong(r -> rule.adds().of(m, r, p)).sum();
        }

        @Override public DayDistribution naiveDays(int unit, Period p, boolean subtree) {
            return DayDistribution.ofValues(of(unit, subtree, IntStream.range(0, width()))
                    .flatMapToInt(r -> rule.days().apply(r, p)).toArray());
        }

        @Override public String toString() {
            return kind + " case of seed " + seed + ": " + periods + ", " + records.size() + " records";
        }
    }

    private record StoredPart<M extends Enum<M>>(RecordAccumulator<M> acc, RecordStore<M> store) implements Part<M> {
        @Override public void add(int from, int to) {
            acc.add(store, from, to);
        }

        @Override public void merge(Part<M> other) {
            acc.merge(((StoredPart<M>) other).acc);
        }

        @Override public Cube<M> snapshot() {
            return acc.snapshot();
        }
    }

    /**
     * The naive rule of a kind: a record's unit code and type, what it adds to a measure of a
     * period, and the days it puts into the period's distribution (none, or one value).
     */
    record Naive<M extends Enum<M>, R>(Function<R, String> unit, ToIntFunction<R> type, Adds<M, R> adds,
            BiFunction<R, Period, IntStream> days) {}

    /** What one record adds to a measure of a period. */
    interface Adds<M extends Enum<M>, R> {
        long of(M m, R record, Period p);
    }

    static Stored<DisputeMeasure, Dispute> disputes(long seed) {
        Random rnd = new Random(seed);
        JurisdictionTree tree = DisputeOutreachCases.tree(rnd);
        PeriodIndex periods = DisputeOutreachCases.periods(rnd);
        List<Dispute> disputes = DisputeOutreachCases.disputes(rnd, tree, periods, rnd.nextInt(300));
        DisputeStoreBuilder b = RecordStore.disputeBuilder(tree);
        disputes.forEach(b::add);
        return new Stored<>(RecordKind.DISPUTES, seed, tree, periods, disputes, b.build(), new Naive<>(Dispute::unit,
                d -> d.type().ordinal(), KindCases::naive, (d, p) -> d.closedOn().filter(p::contains).stream()
                        .mapToInt(c -> (int) ChronoUnit.DAYS.between(d.receivedOn(), c))));
    }

    static Stored<OutreachMeasure, OutreachSession> outreach(long seed) {
        Random rnd = new Random(seed);
        JurisdictionTree tree = DisputeOutreachCases.tree(rnd);
        PeriodIndex periods = DisputeOutreachCases.periods(rnd);
        List<OutreachSession> sessions = DisputeOutreachCases.outreach(rnd, tree, periods, rnd.nextInt(300));
        OutreachStoreBuilder b = RecordStore.outreachBuilder(tree);
        sessions.forEach(b::add);
        return new Stored<>(RecordKind.OUTREACH, seed, tree, periods, sessions, b.build(), new Naive<>(
                OutreachSession::unit, s -> s.type().ordinal(), (m, s, p) -> p.contains(s.heldOn()) ? naive(m, s) : 0,
                (s, p) -> IntStream.empty()));
    }

    /** What one dispute adds to a measure of a period, straight from the definitions. */
    static long naive(DisputeMeasure m, Dispute d, Period p) {
        LocalDate r = d.receivedOn();
        boolean receivedIn = p.contains(r);
        boolean closedBy = d.closedOn().map(c -> !c.isAfter(p.end())).orElse(false);
        boolean closedIn = d.closedOn().map(p::contains).orElse(false);
        boolean resolved = d.status() == DisputeStatus.RESOLVED;
        boolean openAtEnd = d.isOpenOn(p.end());
        return switch (m) {
            case RECEIVED -> one(receivedIn);
            case RESOLVED -> one(receivedIn && resolved && closedBy);
            case CONCLUDED_OF_RECEIVED -> one(receivedIn && d.status().isConcluded() && closedBy);
            case CONCLUDED -> one(closedIn);
            case CONCLUDED_RESOLVED -> one(closedIn && resolved);
            case OPENING_BACKLOG -> one(r.isBefore(p.start())
                    && d.closedOn().map(c -> !c.isBefore(p.start())).orElse(true));
            case CLOSING_BACKLOG -> one(openAtEnd);
            case OLD_BACKLOG -> one(openAtEnd && ChronoUnit.DAYS.between(r, p.end()) > 365);
            case AMOUNT_FEN -> receivedIn ? d.amount().fen() : 0;
        };
    }

    private static long one(boolean counts) {
        return counts ? 1 : 0;
    }

    /** What one session held in the period adds to a measure. */
    static long naive(OutreachMeasure m, OutreachSession s) {
        return switch (m) {
            case SESSIONS -> 1;
            case STAFF -> s.staff();
            case VOLUNTEERS -> s.volunteers();
            case AUDIENCE -> s.audience();
            case HOUSEHOLDS -> s.households();
            case HAZARDS_FOUND -> s.hazardsFound();
            case HAZARDS_FIXED -> s.hazardsFixed();
            case LEADS -> s.leads();
            case FRAUDS_STOPPED -> s.fraudsStopped();
            case LOSS_AVOIDED_FEN -> s.lossAvoided().fen();
        };
    }

    /** The sum of a measure over records (disputes or sessions) in a period, naively. */
    static long naiveSum(DisputeMeasure m, List<Dispute> ds, Period p) {
        return ds.stream().mapToLong(d -> naive(m, d, p)).sum();
    }

    /** The sum of a measure over the sessions held in a period, naively. */
    static long naiveSum(OutreachMeasure m, List<OutreachSession> sessions, Period p) {
        return sessions.stream().filter(s -> p.contains(s.heldOn())).mapToLong(s -> naive(m, s)).sum();
    }

    /** The days to close of the disputes concluded in the period, sorted. */
    static List<Long> naiveDays(List<Dispute> ds, Period p) {
        return ds.stream().filter(d -> d.closedOn().map(p::contains).orElse(false))
                .map(d -> ChronoUnit.DAYS.between(d.receivedOn(), d.closedOn().orElseThrow())).sorted().toList();
    }

    /** A distribution as its sorted values, one per record. */
    static List<Long> expand(DayDistribution d) {
        int[] days = d.days();
        long[] counts = d.counts();
        return IntStream.range(0, days.length).boxed()
                .flatMap(i -> LongStream.range(0, counts[i]).mapToObj(k -> (long) days[i])).toList();
    }

    /** 0, up to five random cuts (possibly equal, so some parts are empty), n. */
    static int[] cuts(Random rnd, int n) {
        int[] cuts = new int[2 + rnd.nextInt(6)];
        for (int i = 1; i < cuts.length - 1; i++) {
            cuts[i] = rnd.nextInt(n + 1);
        }
        cuts[cuts.length - 1] = n;
        Arrays.sort(cuts);
        return cuts;
    }

    /** The parts of {@code cuts}, each accumulated on its own, in a shuffled order. */
    static <M extends Enum<M>> List<Part<M>> parts(KindCase<M> c, int[] cuts, Random shuffle) {
        List<Part<M>> parts = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            parts.add(c.accumulate(cuts[i], cuts[i + 1]));
        }
        Collections.shuffle(parts, shuffle);
        return parts;
    }
}
