package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Incidents as columns of primitives — the aggregation core's input, with no object per
 * record.
 *
 * <h2>Layout</h2>
 * <pre>
 *   unit        int[]    dense unit index in the jurisdiction tree          4 bytes
 *   day         int[]    epoch day the incident occurred                    4 bytes
 *   category    byte[]   taxonomy index (unsigned, up to 256 categories)     1 byte
 *   flags       byte[]   bit 0 criminal, bit 1 repeat call                  1 byte
 *   clearDelay  char[]   days from occurrence to clearance; 0xFFFF = not     2 bytes
 *                        cleared (so at most 65,534 days, 179 years)
 *   ------------------------------------------------------------------------------
 *   core fields                                                            12 bytes
 *   amounts     sparse:  int row + long loss + long recovered, only for
 *                        incidents with a loss or a recovery              20 bytes each
 * </pre>
 * Most incidents carry no amount (calls, traffic, public order), so amounts cost 20 bytes
 * times their share — about 6 bytes an incident in the standard sample. {@link #bytes()}
 * gives the exact figure for a store.
 *
 * <p>Immutable and thread-safe once built; built by a {@link Builder}, which the CSV reader
 * can feed directly.
 */
public final class IncidentStore {
    /** {@link #clearDelay} of an incident that is not cleared. */
    public static final int NOT_CLEARED = 0xFFFF;
    static final int CRIMINAL = 1;
    static final int REPEAT = 2;

    private final int units;
    private final int categories;
    private final int size;
    final int[] unit;
    final int[] day;
    final byte[] category;
    final byte[] flags;
    final char[] clearDelay;
    final int[] amountRow;
    final long[] loss;
    final long[] recovered;

    private IncidentStore(Builder b) {
        this.units = b.units;
        this.categories = b.categories;
        this.size = b.size;
        this.unit = Arrays.copyOf(b.unit, size);
        this.day = Arrays.copyOf(b.day, size);
        this.category = Arrays.copyOf(b.category, size);
        this.flags = Arrays.copyOf(b.flags, size);
        this.clearDelay = Arrays.copyOf(b.clearDelay, size);
        this.amountRow = Arrays.copyOf(b.amountRow, b.amounts);
        this.loss = Arrays.copyOf(b.loss, b.amounts);
        this.recovered = Arrays.copyOf(b.recovered, b.amounts);
    }

    /** A builder for a store over {@code tree}'s units and {@code taxonomy}'s categories. */
    public static Builder builder(JurisdictionTree tree, Taxonomy taxonomy) {
        return new Builder(tree, taxonomy);
    }

    /** The incidents of a data set as a store. */
    public static IncidentStore of(Dataset data) {
        Builder b = builder(data.tree(), data.taxonomy());
        data.incidents().forEach(b::add);
        return b.build();
    }

    /** The number of incidents. */
    public int size() {
        return size;
    }

    /** The number of units of the tree the store was built for. */
    public int unitCount() {
        return units;
    }

    /** The number of categories of the taxonomy the store was built for. */
    public int categoryCount() {
        return categories;
    }

    /** The dense unit index of incident {@code row}. */
    public int unit(int row) {
        return unit[row];
    }

    /** The epoch day incident {@code row} occurred. */
    public int day(int row) {
        return day[row];
    }

    /** The category index of incident {@code row}. */
    public int category(int row) {
        return category[row] & 0xFF;
    }

    /** Whether incident {@code row} is criminal. */
    public boolean criminal(int row) {
        return (flags[row] & CRIMINAL) != 0;
    }

    /** Whether incident {@code row} is a repeat call. */
    public boolean repeatCall(int row) {
        return (flags[row] & REPEAT) != 0;
    }

    /** Days from occurrence to clearance of incident {@code row}, or {@link #NOT_CLEARED}. */
    public int clearDelay(int row) {
        return clearDelay[row];
    }

    /** The number of incidents with a loss or a recovered amount (the sparse amount rows). */
    public int amountCount() {
        return amountRow.length;
    }

    /** The bytes the columns hold (array payloads, not headers). */
    public long bytes() {
        return (long) size * (4 + 4 + 1 + 1 + 2) + (long) amountRow.length * (4 + 8 + 8);
    }

    /** {@link #bytes()} per incident; 0 for an empty store. */
    public double bytesPerRecord() {
        return size == 0 ? 0 : (double) bytes() / size;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "IncidentStore[%d incidents, %d with amounts, %.1f bytes each]",
                size, amountRow.length, bytesPerRecord());
    }

    /**
     * Appends incidents to growing columns. Not thread-safe; build one per thread and
     * aggregate the stores separately if needed.
     */
    public static final class Builder {
        private final JurisdictionTree tree;
        private final Taxonomy taxonomy;
        private final int units;
        private final int categories;
        private int size;
        private int[] unit = new int[1024];
        private int[] day = new int[1024];
        private byte[] category = new byte[1024];
        private byte[] flags = new byte[1024];
        private char[] clearDelay = new char[1024];
        private int amounts;
        private int[] amountRow = new int[256];
        private long[] loss = new long[256];
        private long[] recovered = new long[256];

        private Builder(JurisdictionTree tree, Taxonomy taxonomy) {
            this.tree = Objects.requireNonNull(tree, "tree");
            this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
            this.units = tree.size();
            this.categories = taxonomy.size();
            Check.argument(categories <= 256, "a store holds up to 256 categories; the taxonomy has %d", categories);
        }

        /** Appends an incident, looking up its unit and category. */
        public Builder add(Incident i) {
            return add(tree.indexOf(i.unit()), taxonomy.indexOf(i.category()), i.occurredOn(),
                    i.clearedOn().orElse(null), i.criminal(), i.repeatCall(), i.loss().fen(), i.recovered().fen());
        }

        /**
         * Appends an incident given by dense indices; {@code clearedOn} may be null (not cleared),
         * and must not be before {@code occurredOn}.
         */
        public Builder add(int unitIndex, int categoryIndex, LocalDate occurredOn, LocalDate clearedOn,
                boolean criminal, boolean repeatCall, long lossFen, long recoveredFen) {
            long occurred = occurredOn.toEpochDay();
            // the day before would be a delay of -1, which the hot path takes for "not cleared"
            if (clearedOn != null && clearedOn.toEpochDay() < occurred) {
                throw new IllegalArgumentException("cleared_on " + clearedOn + " is before occurred_on " + occurredOn);
            }
            return add(unitIndex, categoryIndex, occurred, clearedOn == null ? -1 : clearedOn.toEpochDay() - occurred,
                    criminal, repeatCall, lossFen, recoveredFen);
        }

        /**
         * Appends an incident: the hot path for readers. {@code clearDelayDays} is the number of
         * days from occurrence to clearance, or -1 when not cleared.
         */
        public Builder add(int unitIndex, int categoryIndex, long occurredEpochDay, long clearDelayDays,
                boolean criminal, boolean repeatCall, long lossFen, long recoveredFen) {
            // explicit checks: this is the hot path, and varargs would box on every call
            if (unitIndex < 0 || unitIndex >= units) {
                throw new IllegalArgumentException("unit index " + unitIndex + " is outside 0.." + (units - 1));
            }
            if (categoryIndex < 0 || categoryIndex >= categories) {
                throw new IllegalArgumentException("category index " + categoryIndex + " is outside 0.."
                        + (categories - 1));
            }
            if (occurredEpochDay < Integer.MIN_VALUE || occurredEpochDay > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("day " + occurredEpochDay + " is out of range");
            }
            if (clearDelayDays < -1 || clearDelayDays >= NOT_CLEARED) {
                throw new IllegalArgumentException("days to clear must be -1 (not cleared) or 0.." + (NOT_CLEARED - 1)
                        + ", got " + clearDelayDays);
            }
            if (lossFen < 0 || recoveredFen < 0) {
                throw new IllegalArgumentException("amounts must not be negative, got " + lossFen + " and "
                        + recoveredFen + " fen");
            }
            if (size == unit.length) {
                int n = Math.max(1024, Math.min(Integer.MAX_VALUE - 16, size + (size >> 1)));
                Check.state(n > size, "a store holds at most %d incidents", size);
                unit = Arrays.copyOf(unit, n);
                day = Arrays.copyOf(day, n);
                category = Arrays.copyOf(category, n);
                flags = Arrays.copyOf(flags, n);
                clearDelay = Arrays.copyOf(clearDelay, n);
            }
            unit[size] = unitIndex;
            day[size] = (int) occurredEpochDay;
            category[size] = (byte) categoryIndex;
            flags[size] = (byte) ((criminal ? CRIMINAL : 0) | (repeatCall ? REPEAT : 0));
            clearDelay[size] = clearDelayDays < 0 ? (char) NOT_CLEARED : (char) clearDelayDays;
            if (lossFen != 0 || recoveredFen != 0) {
                if (amounts == amountRow.length) {
                    int n = amounts + (amounts >> 1);
                    amountRow = Arrays.copyOf(amountRow, n);
                    loss = Arrays.copyOf(loss, n);
                    recovered = Arrays.copyOf(recovered, n);
                }
                amountRow[amounts] = size;
                loss[amounts] = lossFen;
                recovered[amounts] = recoveredFen;
                amounts++;
            }
            size++;
            return this;
        }

        /** The number of incidents added so far. */
        public int size() {
            return size;
        }

        /** The store; the builder may go on to build a larger one. */
        public IncidentStore build() {
            return new IncidentStore(this);
        }
    }
}
