package org.communitysafety.core.sample;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * A deterministic, seeded sample city — jurisdictions, yearly populations, incidents, disputes
 * and outreach sessions — at any size from a few thousand records to tens of millions.
 *
 * <pre>{@code
 * SampleGenerator gen = SampleGenerator.of(SampleSpec.standard());
 * JurisdictionTree tree = gen.tree();                 // 330100 → 8 districts → towns → 500 villages
 * long thefts = gen.incidents().filter(i -> i.category().equals("theft")).count();
 * Dataset small = SampleGenerator.of(SampleSpec.standard().withIncidents(2_000)).dataset();
 * }</pre>
 *
 * <h2>Determinism and laziness</h2>
 * The same {@link SampleSpec} always gives equal jurisdictions, populations and records, on
 * every call and in every JVM of the same Java version. The city comes from one random stream
 * derived from the seed; unit risks from a second; incidents, disputes and outreach from one
 * stream each ({@link java.util.SplittableRandom}, reseeded every 1,024 records from the kind's
 * seed and the block number). So changing the number of disputes leaves the incidents
 * unchanged, and a sample of {@code n} incidents is the first {@code n} of a larger one.
 *
 * <p>The record streams are lazy: nothing is held but the tables (a few arrays over units,
 * categories and days), so 20 million incidents stream in constant memory. Streams are
 * {@code SIZED} and split on block boundaries, so {@code .parallel()} gives the same records
 * in the same order. Records come in id order ({@code I00000001}, {@code D00000001},
 * {@code O00000001}, zero-padded to 8 digits or more); their dates are in random order, like
 * records exported from several systems — sort them if you need them sorted.
 *
 * <h2>The model</h2>
 * See {@link SampleCity} (the jurisdictions and populations), {@link UnitWeights} (where
 * records happen), {@link IncidentProfile} and {@link IncidentModel} (incidents),
 * {@link DisputeModel} and {@link OutreachModel}, and the summary in the package description.
 *
 * <p>Immutable and thread-safe: building costs O(villages + days × categories); every record
 * method makes a new stream.
 */
public final class SampleGenerator {
    private static final long INCIDENT_SALT = 0x494e43L; // "INC"
    private static final long DISPUTE_SALT = 0x444953L; // "DIS"
    private static final long OUTREACH_SALT = 0x4f5554L; // "OUT"
    /** The largest number of records of one kind {@link #dataset()} will hold in memory. */
    public static final long MAX_MATERIALISED = 10_000_000;

    private final SampleSpec spec;
    private final SampleCity city;
    private final IncidentModel incidentModel;
    private final DisputeModel disputeModel;
    private final OutreachModel outreachModel;

    /**
     * The most lowest-level units of a {@linkplain #largeTree large tree}: 80 districts of
     * 25,000, which keeps the district codes within their two digits and every town within its
     * 999 villages.
     */
    public static final int LARGE_TREE_VILLAGES = 2_000_000;

    private final int villages;

    private SampleGenerator(SampleSpec spec, int villages) {
        this.spec = spec;
        this.villages = villages;
        this.city = SampleCity.build(spec, villages);
        Span span = new Span(spec.firstYear(), spec.lastYear());
        UnitWeights weights = new UnitWeights(city, spec.seed());
        this.incidentModel = new IncidentModel(span, city, weights, taxonomy(), spec.incidents());
        this.disputeModel = new DisputeModel(span, city, weights, spec.disputes());
        this.outreachModel = new OutreachModel(span, city, weights, spec.outreach());
    }

    /** A generator for {@code spec}; builds the city and the tables, no records. */
    public static SampleGenerator of(SampleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new SampleGenerator(spec, spec.villages());
    }

    /**
     * A generator for {@code spec} but with a tree of {@code villages} lowest-level units, up to
     * {@value #LARGE_TREE_VILLAGES}: the million-unit trees of the scale tests, which a spec's
     * {@link SampleSpec#MAX_VILLAGES} does not allow (its cities have at most twelve districts).
     * Above that maximum the city has a district per 25,000 villages, numbered {@code 02}
     * upwards; up to it, this is {@code of(spec.withVillages(villages))}, the same city. The
     * records follow the spec as ever: the same models, spread over the larger tree.
     *
     * @throws IllegalArgumentException if {@code villages} is not 1 to {@value #LARGE_TREE_VILLAGES}
     */
    public static SampleGenerator largeTree(SampleSpec spec, int villages) {
        Objects.requireNonNull(spec, "spec");
        Check.argument(villages >= 1 && villages <= LARGE_TREE_VILLAGES, "villages must be 1..%d, got %d",
                LARGE_TREE_VILLAGES, villages);
        return villages <= SampleSpec.MAX_VILLAGES ? of(spec.withVillages(villages))
                : new SampleGenerator(spec, villages);
    }

    /** The number of lowest-level units: the spec's, or a {@linkplain #largeTree large tree}'s. */
    public int villages() {
        return villages;
    }

    /** The spec this generator follows. */
    public SampleSpec spec() {
        return spec;
    }

    /**
     * The jurisdictions in pre-order: the city {@code 330100}, then each district followed by
     * its streets and towns, each followed by its communities or villages. Only the lowest
     * level has a population and households (the last year's); every unit has an area.
     */
    public List<Jurisdiction> jurisdictions() {
        return city.units();
    }

    /** The jurisdictions as a tree. */
    public JurisdictionTree tree() {
        return city.tree();
    }

    /**
     * The population and households of every lowest-level unit in every year of the span, unit
     * by unit in {@link #jurisdictions()} order, years ascending. The last year's figures equal
     * the jurisdictions' own.
     */
    public Populations populations() {
        return city.populations();
    }

    /** The taxonomy the incidents use: {@link Taxonomy#defaultTaxonomy()}. */
    public Taxonomy taxonomy() {
        return Taxonomy.defaultTaxonomy();
    }

    /** The incidents {@code I…1} to {@code I…n}, lazily; every call yields the same records. */
    public Stream<Incident> incidents() {
        return stream(INCIDENT_SALT, spec.incidents(), incidentModel);
    }

    /** The disputes {@code D…1} to {@code D…n}, lazily; every call yields the same records. */
    public Stream<Dispute> disputes() {
        return stream(DISPUTE_SALT, spec.disputes(), disputeModel);
    }

    /** The outreach sessions {@code O…1} to {@code O…n}, lazily; every call yields the same records. */
    public Stream<OutreachSession> outreach() {
        return stream(OUTREACH_SALT, spec.outreach(), outreachModel);
    }

    private <T> Stream<T> stream(long salt, long count, BlockSpliterator.Maker<T> maker) {
        return StreamSupport.stream(new BlockSpliterator<>(Draws.derive(spec.seed(), salt), count, maker), false);
    }

    /**
     * Everything materialised in one {@link Dataset}: the tree, the default taxonomy, the
     * populations and all records. Meant for small samples.
     *
     * @throws IllegalStateException if a kind has more than {@value #MAX_MATERIALISED} records;
     *                               stream those instead
     */
    public Dataset dataset() {
        check(spec.incidents(), "incidents");
        check(spec.disputes(), "disputes");
        check(spec.outreach(), "outreach sessions");
        return new Dataset(tree(), taxonomy(), populations(), incidents().toList(), disputes().toList(),
                outreach().toList());
    }

    private static void check(long count, String what) {
        Check.state(count <= MAX_MATERIALISED,
                "dataset() holds at most %d %s in memory, the spec asks for %d; use the streams instead",
                MAX_MATERIALISED, what, count);
    }

    @Override
    public String toString() {
        return "SampleGenerator[" + spec + ", " + tree() + "]";
    }
}
