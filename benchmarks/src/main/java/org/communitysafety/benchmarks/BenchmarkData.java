package org.communitysafety.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.DisputeStoreBuilder;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.OutreachStoreBuilder;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordStore;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The data every aggregation benchmark runs on, built once per JVM and size: the seeded,
 * skewed sample city of {@link SampleGenerator} (Zipf-like risk over villages, quiet and
 * remote villages, 5% of records filed at a town, dates in random order), 2022–2024.
 *
 * <h2>The city grows with the data</h2>
 * {@link #villagesFor(int)}: 500 villages (the standard city) up to 1,000,000 incidents, then
 * 300 villages per million — 3,000 for 10,000,000, 15,000 for 50,000,000 — so that a village
 * has about 1,100 incidents a year at 10M and more, and the cube of query 1 (units × 36 months
 * × 18 categories: 2.3 M cells at 3,000 villages) is a city's, not a toy that fits in L1. At
 * 500 villages and 1M incidents a village has 670 incidents a year. Denser than the standard
 * 50,000-incident sample, so fewer villages have no criminal case in a year (the share query 3
 * computes); still some.
 *
 * <h2>What is held</h2>
 * The {@link IncidentStore} is built straight from the generator's lazy stream, with no list
 * of records: the core benchmarks pay about 16 bytes an incident, nothing more. The records as
 * objects (about 250 bytes each), which only the streams baseline needs, are made by {@link
 * #incidentList()} when a streams benchmark asks for them, never otherwise. JMH forks a JVM
 * per parameter combination, so each engine has the heap to itself.
 *
 * <p>Immutable and thread-safe once built.
 */
final class BenchmarkData {
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2024;
    /** The "one year" of queries 2–4; its baseline is the year before. */
    static final int YEAR = 2024;
    /** Period 0 the {@link #YEAR}, period 1 its baseline. */
    static final PeriodIndex YEARS = PeriodIndex.of(Period.ofYear(YEAR), Period.ofYear(YEAR - 1));

    /**
     * Whether every incident carries a time of day and (when reported) a reporting delay, as an
     * export with timestamps gives them (issue 12): {@code -Dcsi.bench.times=true}, passed to the
     * forks with JMH's {@code -jvmArgsAppend}. The store then holds its two time columns (4 bytes
     * an incident more), which queries 1–4 do not read.
     */
    static final boolean WITH_TIMES = Boolean.getBoolean("csi.bench.times");

    private static final Map<Integer, BenchmarkData> CACHE = new ConcurrentHashMap<>();
    private static final Map<Integer, List<Incident>> LISTS = new ConcurrentHashMap<>();

    final int incidents;
    final SampleGenerator generator;
    final JurisdictionTree tree;
    final Taxonomy taxonomy;
    final IncidentStore store;
    /** The taxonomy's {@code criminal} group, by category index. */
    final boolean[] criminalMask;
    /** Unit codes by dense index, and category codes by index. */
    final String[] unitCode;
    final String[] categoryCode;
    /** Towns (level TOWN) in dense-index order; townPosition[unit] = position of the unit's town, or -1. */
    final int[] towns;
    final int[] townPosition;
    /** Districts (level DISTRICT) in dense-index order, with the leaves under each. */
    final int[] districts;
    final int[][] leavesUnder;
    /** districtPosition[unit] = position of the unit's district, or -1. */
    final int[] districtPosition;
    /** {@link #allRecords()}, once built. */
    private volatile ColumnarDataset allRecords;

    private BenchmarkData(int incidents) {
        this.incidents = incidents;
        this.generator = SampleGenerator.of(spec(incidents));
        this.tree = generator.tree();
        this.taxonomy = generator.taxonomy();
        IncidentStore.Builder b = IncidentStore.builder(tree, taxonomy);
        try (Stream<Incident> s = generator.incidents()) {
            if (WITH_TIMES) {
                s.forEach(i -> {
                    b.add(i);
                    long h = i.id().hashCode() & 0x7fffffffL;
                    b.times((int) (h % 1440), i.reportedOn().isPresent() ? (h >>> 11) % 240 : -1);
                });
            } else {
                s.forEach(b::add);
            }
        }
        this.store = b.build();
        this.criminalMask = taxonomy.groupMask(Taxonomy.CRIMINAL);
        this.unitCode = new String[tree.size()];
        for (int u = 0; u < unitCode.length; u++) {
            unitCode[u] = tree.unit(u).code();
        }
        this.categoryCode = new String[taxonomy.size()];
        for (int c = 0; c < categoryCode.length; c++) {
            categoryCode[c] = taxonomy.category(c).code();
        }
        this.towns = tree.atLevel(Level.TOWN);
        this.townPosition = positionOfAncestorAt(towns);
        this.districts = tree.atLevel(Level.DISTRICT);
        this.districtPosition = positionOfAncestorAt(districts);
        this.leavesUnder = new int[districts.length][];
        for (int k = 0; k < districts.length; k++) {
            leavesUnder[k] = tree.leavesUnder(districts[k]);
        }
    }

    /** The data of {@code incidents} incidents, built on first use in this JVM. */
    static BenchmarkData of(int incidents) {
        return CACHE.computeIfAbsent(incidents, BenchmarkData::new);
    }

    /** The spec of a size: the standard seed and years, {@link #villagesFor} villages. */
    static SampleSpec spec(int incidents) {
        return SampleSpec.standard().withIncidents(incidents).withVillages(villagesFor(incidents)).withDisputes(0)
                .withOutreach(0);
    }

    /** 500 villages up to a million incidents, then 300 per million (3,000 at 10M), at most 100,000. */
    static int villagesFor(long incidents) {
        return (int) Math.min(SampleSpec.MAX_VILLAGES, Math.max(500, incidents / 10_000_000.0 * 3_000));
    }

    /**
     * The same incidents as objects, in the same order, for the streams baseline: made on the
     * first call in this JVM (about 250 bytes an incident), never by the core benchmarks.
     */
    List<Incident> incidentList() {
        return LISTS.computeIfAbsent(incidents, n -> {
            List<Incident> list = new ArrayList<>(n);
            try (Stream<Incident> s = generator.incidents()) {
                s.forEach(list::add);
            }
            return list;
        });
    }

    /**
     * The city with all three kinds of record: these incidents, and disputes and outreach sessions
     * in the standard sample's proportions (30% and 10% of the incidents), from the same generator;
     * built on the first call in this JVM.
     */
    ColumnarDataset allRecords() {
        ColumnarDataset all = allRecords;
        if (all == null) {
            SampleGenerator gen = SampleGenerator.of(spec(incidents).withDisputes(incidents * 3L / 10)
                    .withOutreach(incidents / 10L));
            DisputeStoreBuilder disputes = RecordStore.disputeBuilder(tree);
            try (Stream<Dispute> s = gen.disputes()) {
                s.forEach(disputes::add);
            }
            OutreachStoreBuilder outreach = RecordStore.outreachBuilder(tree);
            try (Stream<OutreachSession> s = gen.outreach()) {
                s.forEach(outreach::add);
            }
            all = new ColumnarDataset(tree, taxonomy, gen.populations(), store, disputes.build(), outreach.build());
            allRecords = all;
        }
        return all;
    }

    /** For each unit, the position in {@code level} of its ancestor-or-self there, or -1. */
    private int[] positionOfAncestorAt(int[] level) {
        int[] position = new int[tree.size()];
        Arrays.fill(position, -1);
        for (int k = 0; k < level.length; k++) {
            final int pos = k;
            tree.subtree(level[k]).forEach(u -> position[u] = pos);
        }
        return position;
    }

    /** Unit code → code of its ancestor-or-self in {@code level} (units outside any are absent). */
    Map<String, String> codeOfAncestorAt(int[] level, int[] position) {
        Map<String, String> m = new HashMap<>();
        for (int u = 0; u < position.length; u++) {
            if (position[u] >= 0) {
                m.put(unitCode[u], unitCode[level[position[u]]]);
            }
        }
        return m;
    }

    /** What the store holds an incident, said beside its bytes an incident. */
    static final String STORE_FIELDS = "unit, day occurred, category, criminal and repeat-call flags, days to clear"
            + " (10 bytes); loss and recovered only for incidents with an amount (12 bytes each)";

    /** A one-line description for the benchmark log: the city and the store, its bytes and fields. */
    String describe() {
        return String.format(java.util.Locale.ROOT, "%,d incidents, %s, %d towns, %d districts; %s, holding %s%s",
                incidents, tree, towns.length, districts.length, store, STORE_FIELDS,
                WITH_TIMES ? "; time of day and reporting delay (4 bytes)" : "");
    }
}
