package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;

/**
 * Disputes as columns of primitives — the input of the dispute side of the aggregation core,
 * with no object per record.
 *
 * <h2>Layout</h2>
 * <pre>
 *   unit        int[]    dense unit index in the jurisdiction tree          4 bytes
 *   type        byte[]   {@link DisputeType} ordinal                            1 byte
 *   received    int[]    epoch day it was received (受理)                    4 bytes
 *   status      byte[]   {@link DisputeStatus} ordinal                          1 byte
 *   closeDelay  char[]   days from received to closed; 0xFFFF = open         2 bytes
 *                        (so at most 65,534 days, 179 years)
 *   ------------------------------------------------------------------------------
 *   core fields                                                            12 bytes
 *   amounts     sparse:  int row + long fen, only for disputes with an
 *                        amount involved                                  12 bytes each
 * </pre>
 * About a third of disputes carry an amount (wages, property, commercial, traffic,
 * consumer): 5,508 of the standard sample's 15,000, so amounts cost 4.4 bytes a dispute there,
 * 16.4 bytes a dispute in all. {@link #bytes()} gives the exact figure for a store.
 *
 * <p>The store keeps {@link Dispute}'s rule: a dispute has a close delay if and only if its
 * status is a conclusion (not {@link DisputeStatus#OPEN}).
 *
 * <p>Immutable and thread-safe once built; built by a {@link Builder}, which a reader can
 * feed directly.
 */
public final class DisputeStore {
    /** {@link #closeDelay} of a dispute that is still open. */
    public static final int OPEN = 0xFFFF;
    /** The number of dispute types: the width of a {@link DisputeCube}. */
    public static final int TYPES = DisputeType.values().length;
    static final int STATUS_OPEN = DisputeStatus.OPEN.ordinal();
    static final int STATUS_RESOLVED = DisputeStatus.RESOLVED.ordinal();
    private static final DisputeType[] TYPE_VALUES = DisputeType.values();
    private static final DisputeStatus[] STATUS_VALUES = DisputeStatus.values();

    private final int units;
    private final int size;
    final int[] unit;
    final byte[] type;
    final int[] received;
    final byte[] status;
    final char[] closeDelay;
    final int[] amountRow;
    final long[] amountFen;

    private DisputeStore(Builder b) {
        this.units = b.units;
        this.size = b.size;
        this.unit = Arrays.copyOf(b.unit, size);
        this.type = Arrays.copyOf(b.type, size);
        this.received = Arrays.copyOf(b.received, size);
        this.status = Arrays.copyOf(b.status, size);
        this.closeDelay = Arrays.copyOf(b.closeDelay, size);
        this.amountRow = Arrays.copyOf(b.amountRow, b.amounts);
        this.amountFen = Arrays.copyOf(b.amountFen, b.amounts);
    }

    /** A builder for a store over {@code tree}'s units. */
    public static Builder builder(JurisdictionTree tree) {
        return new Builder(tree);
    }

    /** The disputes of a data set as a store, in file order. */
    public static DisputeStore of(Dataset data) {
        Builder b = builder(data.tree());
        data.disputes().forEach(b::add);
        return b.build();
    }

    /** The number of disputes. */
    public int size() {
        return size;
    }

    /** The number of units of the tree the store was built for. */
    public int unitCount() {
        return units;
    }

    /** The number of dispute types, {@link #TYPES}. */
    public int typeCount() {
        return TYPES;
    }

    /** The dense unit index of dispute {@code row}. */
    public int unit(int row) {
        return unit[row];
    }

    /** The type of dispute {@code row}. */
    public DisputeType type(int row) {
        return TYPE_VALUES[type[row]];
    }

    /** The epoch day dispute {@code row} was received. */
    public int receivedDay(int row) {
        return received[row];
    }

    /** The status of dispute {@code row}. */
    public DisputeStatus status(int row) {
        return STATUS_VALUES[status[row]];
    }

    /** Days from received to closed of dispute {@code row}, or {@link #OPEN}. */
    public int closeDelay(int row) {
        return closeDelay[row];
    }

    /** The amount involved in dispute {@code row}, in fen (0 when none is recorded). */
    public long amountFen(int row) {
        Objects.checkIndex(row, size);
        int i = Arrays.binarySearch(amountRow, row);
        return i >= 0 ? amountFen[i] : 0;
    }

    /** The number of disputes with an amount (the sparse amount rows). */
    public int amountCount() {
        return amountRow.length;
    }

    /** The bytes the columns hold (array payloads, not headers): 12 a dispute and 12 an amount. */
    public long bytes() {
        return (long) size * (4 + 1 + 4 + 1 + 2) + (long) amountRow.length * (4 + 8);
    }

    /** {@link #bytes()} per dispute; 0 for an empty store. */
    public double bytesPerRecord() {
        return size == 0 ? 0 : (double) bytes() / size;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DisputeStore[%d disputes, %d with amounts, %.1f bytes each]", size,
                amountRow.length, bytesPerRecord());
    }

    /** Index of the first amount row at or after {@code row}. */
    int firstAmountAtOrAfter(int row) {
        int i = Arrays.binarySearch(amountRow, row);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Appends disputes to growing columns. Not thread-safe; build one per thread and aggregate
     * the stores separately if needed.
     */
    public static final class Builder {
        private final JurisdictionTree tree;
        private final int units;
        private int size;
        private int[] unit = new int[1024];
        private byte[] type = new byte[1024];
        private int[] received = new int[1024];
        private byte[] status = new byte[1024];
        private char[] closeDelay = new char[1024];
        private int amounts;
        private int[] amountRow = new int[256];
        private long[] amountFen = new long[256];

        private Builder(JurisdictionTree tree) {
            this.tree = Objects.requireNonNull(tree, "tree");
            this.units = tree.size();
        }

        /** Appends a dispute, looking up its unit. */
        public Builder add(Dispute d) {
            Objects.requireNonNull(d, "dispute");
            long receivedDay = d.receivedOn().toEpochDay();
            long delay = d.closedOn().isPresent() ? d.closedOn().get().toEpochDay() - receivedDay : -1;
            return add(tree.indexOf(d.unit()), d.type().ordinal(), receivedDay, d.status().ordinal(), delay,
                    d.amount().fen());
        }

        /** Appends a dispute given by its unit's dense index; {@code closedOn} is null exactly when open. */
        public Builder add(int unitIndex, DisputeType type, LocalDate receivedOn, DisputeStatus status,
                LocalDate closedOn, long amountFen) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(receivedOn, "receivedOn");
            Objects.requireNonNull(status, "status");
            long day = receivedOn.toEpochDay();
            return add(unitIndex, type.ordinal(), day, status.ordinal(),
                    closedOn == null ? -1 : closedOn.toEpochDay() - day, amountFen);
        }

        /**
         * Appends a dispute: the hot path for readers. {@code typeIndex} and {@code statusIndex}
         * are {@link DisputeType} and {@link DisputeStatus} ordinals; {@code closeDelayDays} is the
         * number of days from received to closed, or -1 when open (and only then).
         */
        public Builder add(int unitIndex, int typeIndex, long receivedEpochDay, int statusIndex, long closeDelayDays,
                long amountFen) {
            // explicit checks: this is the hot path, and varargs would box on every call
            if (unitIndex < 0 || unitIndex >= units) {
                throw new IllegalArgumentException("unit index " + unitIndex + " is outside 0.." + (units - 1));
            }
            if (typeIndex < 0 || typeIndex >= TYPES) {
                throw new IllegalArgumentException("dispute type index " + typeIndex + " is outside 0.." + (TYPES - 1));
            }
            if (receivedEpochDay < Integer.MIN_VALUE || receivedEpochDay > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("received day " + receivedEpochDay + " is out of range");
            }
            if (statusIndex < 0 || statusIndex >= STATUS_VALUES.length) {
                throw new IllegalArgumentException("dispute status index " + statusIndex + " is outside 0.."
                        + (STATUS_VALUES.length - 1));
            }
            if (closeDelayDays < -1 || closeDelayDays >= OPEN) {
                throw new IllegalArgumentException("days to close must be -1 (open) or 0.." + (OPEN - 1) + ", got "
                        + closeDelayDays);
            }
            if ((statusIndex == STATUS_OPEN) != (closeDelayDays == -1)) {
                throw new IllegalArgumentException(statusIndex == STATUS_OPEN
                        ? "an open dispute must not have days to close, got " + closeDelayDays
                        : "a dispute with status " + STATUS_VALUES[statusIndex].code() + " must have days to close");
            }
            if (amountFen < 0) {
                throw new IllegalArgumentException("an amount must not be negative, got " + amountFen + " fen");
            }
            if (size == unit.length) {
                int n = Math.max(1024, Math.min(Integer.MAX_VALUE - 16, size + (size >> 1)));
                Check.state(n > size, "a store holds at most %d disputes", size);
                unit = Arrays.copyOf(unit, n);
                type = Arrays.copyOf(type, n);
                received = Arrays.copyOf(received, n);
                status = Arrays.copyOf(status, n);
                closeDelay = Arrays.copyOf(closeDelay, n);
            }
            unit[size] = unitIndex;
            type[size] = (byte) typeIndex;
            received[size] = (int) receivedEpochDay;
            status[size] = (byte) statusIndex;
            closeDelay[size] = closeDelayDays < 0 ? (char) OPEN : (char) closeDelayDays;
            if (amountFen != 0) {
                if (amounts == amountRow.length) {
                    int n = amounts + (amounts >> 1);
                    amountRow = Arrays.copyOf(amountRow, n);
                    this.amountFen = Arrays.copyOf(this.amountFen, n);
                }
                amountRow[amounts] = size;
                this.amountFen[amounts] = amountFen;
                amounts++;
            }
            size++;
            return this;
        }

        /** The number of disputes added so far. */
        public int size() {
            return size;
        }

        /** The store; the builder may go on to build a larger one. */
        public DisputeStore build() {
            return new DisputeStore(this);
        }
    }
}
