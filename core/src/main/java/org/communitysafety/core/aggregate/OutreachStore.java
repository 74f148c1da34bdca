package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;

/**
 * Outreach sessions as columns of primitives — the input of the outreach side of the
 * aggregation core, with no object per record.
 *
 * <h2>Layout</h2>
 * <pre>
 *   unit           int[]    dense unit index in the jurisdiction tree       4 bytes
 *   type           byte[]   {@link OutreachType} ordinal                        1 byte
 *   day            int[]    epoch day the session was held                  4 bytes
 *   staff, volunteers, audience, households, hazards found, hazards fixed,
 *   leads, frauds stopped
 *                  int[] each, at most {@link Integer#MAX_VALUE}           32 bytes
 *   ------------------------------------------------------------------------------
 *   core fields                                                            41 bytes
 *   loss avoided   sparse:  int row + long fen, only for sessions that
 *                           avoided a loss                                12 bytes each
 * </pre>
 * Few sessions stop a fraud — 196 of the standard sample's 5,000 — so losses avoided cost 0.5
 * bytes a session there, 41.5 bytes a session in all. {@link #bytes()} gives the exact figure
 * for a store.
 *
 * <p>Immutable and thread-safe once built; built by a {@link Builder}, which a reader can
 * feed directly.
 */
public final class OutreachStore {
    /** The number of outreach types: the width of an {@link OutreachCube}. */
    public static final int TYPES = OutreachType.values().length;
    private static final OutreachType[] TYPE_VALUES = OutreachType.values();

    private final int units;
    private final int size;
    final int[] unit;
    final byte[] type;
    final int[] day;
    /** {@code counts[k]} is the column of measure {@code OutreachMeasure.ALL[FIRST_COUNT + k]}. */
    final int[][] counts;
    final int[] lossRow;
    final long[] lossFen;

    private OutreachStore(Builder b) {
        this.units = b.units;
        this.size = b.size;
        this.unit = Arrays.copyOf(b.unit, size);
        this.type = Arrays.copyOf(b.type, size);
        this.day = Arrays.copyOf(b.day, size);
        this.counts = new int[OutreachMeasure.COUNTS][];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = Arrays.copyOf(b.counts[k], size);
        }
        this.lossRow = Arrays.copyOf(b.lossRow, b.losses);
        this.lossFen = Arrays.copyOf(b.lossFen, b.losses);
    }

    /** A builder for a store over {@code tree}'s units. */
    public static Builder builder(JurisdictionTree tree) {
        return new Builder(tree);
    }

    /** The outreach sessions of a data set as a store, in file order. */
    public static OutreachStore of(Dataset data) {
        Builder b = builder(data.tree());
        data.outreach().forEach(b::add);
        return b.build();
    }

    /** The number of sessions. */
    public int size() {
        return size;
    }

    /** The number of units of the tree the store was built for. */
    public int unitCount() {
        return units;
    }

    /** The number of outreach types, {@link #TYPES}. */
    public int typeCount() {
        return TYPES;
    }

    /** The dense unit index of session {@code row}. */
    public int unit(int row) {
        return unit[row];
    }

    /** The type of session {@code row}. */
    public OutreachType type(int row) {
        return TYPE_VALUES[type[row]];
    }

    /** The epoch day session {@code row} was held. */
    public int day(int row) {
        return day[row];
    }

    /**
     * What session {@code row} adds to {@code measure}: 1 for {@link OutreachMeasure#SESSIONS},
     * else its own figure (0 for a loss avoided that is not recorded).
     */
    public long value(OutreachMeasure measure, int row) {
        Objects.requireNonNull(measure, "measure");
        Objects.checkIndex(row, size);
        return switch (measure) {
            case SESSIONS -> 1;
            case LOSS_AVOIDED_FEN -> {
                int i = Arrays.binarySearch(lossRow, row);
                yield i >= 0 ? lossFen[i] : 0;
            }
            default -> counts[measure.ordinal() - OutreachMeasure.FIRST_COUNT][row];
        };
    }

    /** The number of sessions with a loss avoided (the sparse rows). */
    public int lossCount() {
        return lossRow.length;
    }

    /** The bytes the columns hold (array payloads, not headers): 41 a session and 12 a loss avoided. */
    public long bytes() {
        return (long) size * (4 + 1 + 4 + 4 * OutreachMeasure.COUNTS) + (long) lossRow.length * (4 + 8);
    }

    /** {@link #bytes()} per session; 0 for an empty store. */
    public double bytesPerRecord() {
        return size == 0 ? 0 : (double) bytes() / size;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "OutreachStore[%d sessions, %d with losses avoided, %.1f bytes each]", size,
                lossRow.length, bytesPerRecord());
    }

    /** Index of the first loss row at or after {@code row}. */
    int firstLossAtOrAfter(int row) {
        int i = Arrays.binarySearch(lossRow, row);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Appends sessions to growing columns. Not thread-safe; build one per thread and aggregate
     * the stores separately if needed.
     */
    public static final class Builder {
        private final JurisdictionTree tree;
        private final int units;
        private int size;
        private int[] unit = new int[1024];
        private byte[] type = new byte[1024];
        private int[] day = new int[1024];
        private final int[][] counts = new int[OutreachMeasure.COUNTS][1024];
        private int losses;
        private int[] lossRow = new int[256];
        private long[] lossFen = new long[256];

        private Builder(JurisdictionTree tree) {
            this.tree = Objects.requireNonNull(tree, "tree");
            this.units = tree.size();
        }

        /** Appends a session, looking up its unit. */
        public Builder add(OutreachSession s) {
            Objects.requireNonNull(s, "session");
            return add(tree.indexOf(s.unit()), s.type().ordinal(), s.heldOn().toEpochDay(), s.staff(),
                    s.volunteers(), s.audience(), s.households(), s.hazardsFound(), s.hazardsFixed(), s.leads(),
                    s.fraudsStopped(), s.lossAvoided().fen());
        }

        /** Appends a session given by its unit's dense index, with only a type, a day and an audience. */
        public Builder add(int unitIndex, OutreachType type, LocalDate heldOn, long audience) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(heldOn, "heldOn");
            return add(unitIndex, type.ordinal(), heldOn.toEpochDay(), 0, 0, audience, 0, 0, 0, 0, 0, 0);
        }

        /**
         * Appends a session: the hot path for readers. {@code typeIndex} is an {@link OutreachType}
         * ordinal; every count must be 0 to {@link Integer#MAX_VALUE}, and hazards fixed must not
         * exceed hazards found.
         */
        public Builder add(int unitIndex, int typeIndex, long heldEpochDay, long staff, long volunteers,
                long audience, long households, long hazardsFound, long hazardsFixed, long leads, long fraudsStopped,
                long lossAvoidedFen) {
            // explicit checks: this is the hot path, and varargs would box on every call
            if (unitIndex < 0 || unitIndex >= units) {
                throw new IllegalArgumentException("unit index " + unitIndex + " is outside 0.." + (units - 1));
            }
            if (typeIndex < 0 || typeIndex >= TYPES) {
                throw new IllegalArgumentException("outreach type index " + typeIndex + " is outside 0.."
                        + (TYPES - 1));
            }
            if (heldEpochDay < Integer.MIN_VALUE || heldEpochDay > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("day " + heldEpochDay + " is out of range");
            }
            checkCount(staff, "staff");
            checkCount(volunteers, "volunteers");
            checkCount(audience, "audience");
            checkCount(households, "households");
            checkCount(hazardsFound, "hazards_found");
            checkCount(hazardsFixed, "hazards_fixed");
            checkCount(leads, "leads");
            checkCount(fraudsStopped, "frauds_stopped");
            if (hazardsFixed > hazardsFound) {
                throw new IllegalArgumentException("hazards_fixed (" + hazardsFixed
                        + ") must not exceed hazards_found (" + hazardsFound + ")");
            }
            if (lossAvoidedFen < 0) {
                throw new IllegalArgumentException("loss_avoided must not be negative, got " + lossAvoidedFen + " fen");
            }
            if (size == unit.length) {
                int n = Math.max(1024, Math.min(Integer.MAX_VALUE - 16, size + (size >> 1)));
                Check.state(n > size, "a store holds at most %d sessions", size);
                unit = Arrays.copyOf(unit, n);
                type = Arrays.copyOf(type, n);
                day = Arrays.copyOf(day, n);
                for (int k = 0; k < counts.length; k++) {
                    counts[k] = Arrays.copyOf(counts[k], n);
                }
            }
            unit[size] = unitIndex;
            type[size] = (byte) typeIndex;
            day[size] = (int) heldEpochDay;
            counts[0][size] = (int) staff;
            counts[1][size] = (int) volunteers;
            counts[2][size] = (int) audience;
            counts[3][size] = (int) households;
            counts[4][size] = (int) hazardsFound;
            counts[5][size] = (int) hazardsFixed;
            counts[6][size] = (int) leads;
            counts[7][size] = (int) fraudsStopped;
            if (lossAvoidedFen != 0) {
                if (losses == lossRow.length) {
                    int n = losses + (losses >> 1);
                    lossRow = Arrays.copyOf(lossRow, n);
                    lossFen = Arrays.copyOf(lossFen, n);
                }
                lossRow[losses] = size;
                lossFen[losses] = lossAvoidedFen;
                losses++;
            }
            size++;
            return this;
        }

        private static void checkCount(long value, String name) {
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + " must be 0.." + Integer.MAX_VALUE
                        + " (a store holds each count as an int), got " + value);
            }
        }

        /** The number of sessions added so far. */
        public int size() {
            return size;
        }

        /** The store; the builder may go on to build a larger one. */
        public OutreachStore build() {
            return new OutreachStore(this);
        }
    }
}
