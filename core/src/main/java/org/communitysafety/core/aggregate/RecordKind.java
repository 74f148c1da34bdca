package org.communitysafety.core.aggregate;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.OutreachType;

/**
 * A kind of record the aggregation core counts — incidents, disputes, outreach sessions — as a
 * description, so that one {@link Cube}, one {@link RecordStore}, one {@link RecordAccumulator}
 * and one {@link CubeCodec} serve them all: its measures (the enum {@code M}, which documents
 * each figure), its date columns, its type dimension (the cube's third axis), the measure that
 * carries a distribution of days and its name in serialised cubes.
 *
 * <pre>
 *   kind        measures          dates                     type axis        distribution
 *   INCIDENTS   IncidentMeasure   occurred_on, cleared_on   category (taxonomy) CLEARANCES: days to clear
 *   DISPUTES    DisputeMeasure    received_on, closed_on    DisputeType (10) CONCLUDED: days to close
 *   OUTREACH    OutreachMeasure   held_on                   OutreachType (9) none
 * </pre>
 *
 * A record kind to come is another constant: its measures, its columns in a {@link
 * RecordStore} (codes of a byte and counts of an {@code int}, besides unit, type and day, and
 * one sparse amount) and the per-kind pass that fills its measures. Incidents are the
 * exception: their store and filler are specialised ({@link IncidentStore}, {@link
 * IncidentAccumulator}) for speed, but their cubes are the same {@link Cube}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <M> the measures of the kind
 */
public final class RecordKind<M extends Enum<M>> {
    /** Incidents (警情 / 案件): measures {@link IncidentMeasure}, one column per taxonomy category. */
    public static final RecordKind<IncidentMeasure> INCIDENTS = new RecordKind<>("incidents", "an incident cube",
            IncidentMeasure.class, List.of("occurred_on", "cleared_on"), "category", null, IncidentMeasure.CLEARANCES,
            "days to clear", List.of(), List.of(), "", null);

    /** Disputes (纠纷): measures {@link DisputeMeasure}, one column per {@link DisputeType}. */
    public static final RecordKind<DisputeMeasure> DISPUTES = new RecordKind<>("disputes", "a dispute cube",
            DisputeMeasure.class, List.of("received_on", "closed_on"), "type", DisputeType.class,
            DisputeMeasure.CONCLUDED, "days to close", List.of("status"), List.of("close_delay"),
            "amount", new DisputeLedger());

    /** Outreach sessions (宣传 / 走访): measures {@link OutreachMeasure}, one column per {@link OutreachType}. */
    public static final RecordKind<OutreachMeasure> OUTREACH = new RecordKind<>("outreach", "an outreach cube",
            OutreachMeasure.class, List.of("held_on"), "type", OutreachType.class, null, "", List.of(),
            List.of("staff", "volunteers", "audience", "households", "hazards_found", "hazards_fixed", "leads",
                    "frauds_stopped"), "loss_avoided", new OutreachSums());

    private static final List<RecordKind<?>> VALUES = List.of(INCIDENTS, DISPUTES, OUTREACH);

    private final String name;
    private final String cubeName;
    private final Class<M> measureType;
    private final M[] measures;
    private final List<String> dateColumns;
    private final String typeAxis;
    private final Class<? extends Enum<?>> typeEnum;
    private final Enum<?>[] types;
    private final M distributionMeasure;
    private final String distributionName;
    private final List<String> codeColumns;
    private final List<String> intColumns;
    private final String amountColumn;
    private final RecordAccumulator.Filler filler;

    private RecordKind(String name, String cubeName, Class<M> measureType, List<String> dateColumns, String typeAxis,
            Class<? extends Enum<?>> typeEnum, M distributionMeasure, String distributionName,
            List<String> codeColumns, List<String> intColumns, String amountColumn,
            RecordAccumulator.Filler filler) {
        this.name = name;
        this.cubeName = cubeName;
        this.measureType = measureType;
        this.measures = measureType.getEnumConstants();
        this.dateColumns = dateColumns;
        this.typeAxis = typeAxis;
        this.typeEnum = typeEnum;
        this.types = typeEnum == null ? new Enum<?>[0] : typeEnum.getEnumConstants();
        this.distributionMeasure = distributionMeasure;
        this.distributionName = distributionName;
        this.codeColumns = codeColumns;
        this.intColumns = intColumns;
        this.amountColumn = amountColumn;
        this.filler = filler;
    }

    /** Every kind: incidents, disputes, outreach. */
    public static List<RecordKind<?>> values() {
        return VALUES;
    }

    /**
     * The kind of this serialised name.
     *
     * @throws IllegalArgumentException if there is none, suggesting the nearest
     */
    public static RecordKind<?> of(String name) {
        Objects.requireNonNull(name, "name");
        for (RecordKind<?> k : VALUES) {
            if (k.name.equals(name)) {
                return k;
            }
        }
        List<String> names = VALUES.stream().map(RecordKind::name).toList();
        throw new IllegalArgumentException("unknown record kind " + name + "; the kinds are " + names
                + Suggest.didYouMean(name, names));
    }

    /** The name in serialised cubes and in messages: {@code "incidents"}, {@code "disputes"}, {@code "outreach"}. */
    public String name() {
        return name;
    }

    /** The enum of the measures. */
    public Class<M> measureType() {
        return measureType;
    }

    /** The measures, in ordinal order; the first is held by every cube of the kind. */
    public List<M> measures() {
        return List.of(measures);
    }

    /** The input columns of the dates each record carries, e.g. {@code [received_on, closed_on]}. */
    public List<String> dateColumns() {
        return dateColumns;
    }

    /** What the cube's third axis is: {@code "category"} (of the taxonomy) or {@code "type"}. */
    public String typeAxis() {
        return typeAxis;
    }

    /**
     * The types of the third axis when the kind fixes them ({@link DisputeType}, {@link
     * OutreachType}), by ordinal; empty for incidents, whose categories come from the taxonomy.
     */
    public List<Enum<?>> types() {
        return List.of(types);
    }

    /** The measure that carries a distribution of days per (unit, period), if any: CLEARANCES, CONCLUDED. */
    public Optional<M> distributionMeasure() {
        return Optional.ofNullable(distributionMeasure);
    }

    /** What the distribution counts, e.g. {@code "days to clear"}; empty when there is none. */
    public String distributionName() {
        return distributionName;
    }

    /** The name. */
    @Override
    public String toString() {
        return name;
    }

    // ---- package-private: the description the generic classes read ----

    int measureCount() {
        return measures.length;
    }

    /** The fixed width (number of types), or -1 when the width comes from the data (incidents' taxonomy). */
    int fixedWidth() {
        return typeEnum == null ? -1 : types.length;
    }

    /** E.g. "a dispute cube", for messages. */
    String cubeName() {
        return cubeName;
    }

    /** Bit of the measure every cube holds (the first): counts of records. */
    int firstBit() {
        return 1;
    }

    /** Bits of every measure. */
    int allBits() {
        return (1 << measures.length) - 1;
    }

    /** Whether a cube holding {@code mask} holds the distributions. */
    boolean hasDistributions(int mask) {
        return distributionMeasure != null && (mask & (1 << distributionMeasure.ordinal())) != 0;
    }

    /**
     * Whether a cube holding {@code mask} has one (possibly empty) distribution per (unit, period)
     * — always for a kind without a distribution measure, whose are all empty — or none at all
     * (a cube of a kind with a distribution measure that it does not hold).
     */
    boolean keyedDistributions(int mask) {
        return distributionMeasure == null || hasDistributions(mask);
    }

    /** The bits of a set of measures, checked: with the first (every cube counts its records). */
    int maskOf(java.util.Set<M> set) {
        Objects.requireNonNull(set, "measures");
        int mask = 0;
        for (M m : set) {
            mask |= 1 << Objects.requireNonNull(m, "measures contains null").ordinal();
        }
        Check.argument((mask & firstBit()) != 0, "the measures %s must include %s", set, measures[0]);
        return mask;
    }

    EnumSet<M> setOf(int mask) {
        EnumSet<M> set = EnumSet.noneOf(measureType);
        for (M m : measures) {
            if ((mask & (1 << m.ordinal())) != 0) {
                set.add(m);
            }
        }
        return set;
    }

    /** The byte-wide code columns of a {@link RecordStore} besides the type, e.g. the dispute status (an ordinal). */
    List<String> codeColumns() {
        return codeColumns;
    }

    /** The {@code int} columns of a {@link RecordStore}, by name as in the input files. */
    List<String> intColumns() {
        return intColumns;
    }

    /** The name of the sparse amount column of a {@link RecordStore}, as in the input files. */
    String amountColumn() {
        return amountColumn;
    }

    /** The per-kind pass of a {@link RecordAccumulator}; null for incidents. */
    RecordAccumulator.Filler filler() {
        Check.argument(filler != null, "%s are aggregated by IncidentAccumulator and IncidentAggregation, not by a "
                + "RecordAccumulator", name);
        return filler;
    }

}
