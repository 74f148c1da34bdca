package org.communitysafety.core.aggregate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Suggest;

/**
 * Records of one {@linkplain RecordKind kind} — disputes, outreach sessions — as columns of
 * primitives: the input of a {@link RecordAccumulator}, with no object per record. The kind
 * says which columns there are besides unit, type and day; the store is the same for all.
 *
 * <h2>Layout</h2>
 * <pre>
 *   unit     int[]     dense unit index in the jurisdiction tree                 4 bytes
 *   type     byte[]    ordinal of the kind's type (DisputeType, OutreachType)    1 byte
 *   day      int[]     epoch day of the record (received_on, held_on)            4 bytes
 *   codes    byte[] each: the kind's codes (disputes: status)                   1 byte each
 *   values   int[] each:  the kind's figures (disputes: close_delay, days from
 *                         received to closed, 0xFFFF when open; outreach: staff,
 *                         volunteers, audience, households, hazards_found,
 *                         hazards_fixed, leads, frauds_stopped)                 4 bytes each
 *   amount   sparse: int row + long fen, only for records with one (disputes:
 *                    amount; outreach: loss_avoided)                           12 bytes each
 * </pre>
 * Disputes take 4 + 1 + 4 + 1 + 4 = 14 bytes (2 more than the 12 of the former dispute store,
 * which held the close delay as a {@code char}): 18.4 bytes a dispute in the standard sample,
 * where 5,508 of 15,000 carry an amount. Outreach sessions take 4 + 1 + 4 + 8 × 4 = 41 bytes, as
 * before: 41.5 in the standard sample, where 196 of 5,000 avoided a loss. {@link #bytes()}
 * gives the exact figure for a store.
 *
 * <p>Each kind's rules for a row are kept by its builder ({@link DisputeStoreBuilder}: a dispute
 * has a close delay if and only if its status is a conclusion; {@link OutreachStoreBuilder}:
 * hazards fixed never exceed hazards found).
 *
 * <p>Immutable and thread-safe once built; built by a {@link Builder}, which a reader can
 * feed directly.
 *
 * @param <M> the measures of the kind
 */
public final class RecordStore<M extends Enum<M>> {
    private final RecordKind<M> kind;
    private final int units;
    private final int size;
    final int[] unit;
    final byte[] type;
    final int[] day;
    /** {@code codes[k]} is the column of {@code kind.codeColumns().get(k)}. */
    final byte[][] codes;
    /** {@code values[k]} is the column of {@code kind.intColumns().get(k)}. */
    final int[][] values;
    final int[] amountRow;
    final long[] amount;

    private RecordStore(Builder<M> b) {
        this.kind = b.kind;
        this.units = b.units;
        this.size = b.size;
        this.unit = Arrays.copyOf(b.ints[Builder.UNIT], size);
        this.day = Arrays.copyOf(b.ints[Builder.DAY], size);
        this.type = Arrays.copyOf(b.bytes[Builder.TYPE], size);
        this.values = new int[b.ints.length - Builder.VALUES][];
        for (int k = 0; k < values.length; k++) {
            values[k] = Arrays.copyOf(b.ints[Builder.VALUES + k], size);
        }
        this.codes = new byte[b.bytes.length - Builder.CODES][];
        for (int k = 0; k < codes.length; k++) {
            codes[k] = Arrays.copyOf(b.bytes[Builder.CODES + k], size);
        }
        this.amountRow = Arrays.copyOf(b.amountRow, b.amounts);
        this.amount = Arrays.copyOf(b.amount, b.amounts);
    }

    private RecordStore(RecordKind<M> kind, int units, int size, int[] unit, byte[] type, int[] day, byte[][] codes,
            int[][] values, int[] amountRow, long[] amount) {
        this.kind = kind;
        this.units = units;
        this.size = size;
        this.unit = unit;
        this.type = type;
        this.day = day;
        this.codes = codes;
        this.values = values;
        this.amountRow = amountRow;
        this.amount = amount;
    }

    /**
     * The same records grouped by ranges of {@code held} units — range g holds units {@code g ×
     * held} to {@code (g + 1) × held − 1} — as a store over {@code held} units, each record's unit
     * taken relative to its range's first ({@code unit − g × held}). Within a range the records
     * keep their order, and so does each one's amount. {@code rangeStart} (of length ranges + 1)
     * receives where each range's rows start. One pass and a copy of the columns (18 bytes a
     * dispute): what {@link RecordAggregation} aggregates a large tree's ranges from, each into a
     * small dense accumulator.
     */
    RecordStore<M> groupedInRanges(int held, int[] rangeStart) {
        Check.argument(held > 0, "a range must hold at least one unit, got %d", held);
        int ranges = (units + held - 1) / held;
        Check.argument(rangeStart.length == ranges + 1, "%d ranges need %d starts, got %d", ranges, ranges + 1,
                rangeStart.length);
        Arrays.fill(rangeStart, 0);
        for (int r = 0; r < size; r++) {
            rangeStart[unit[r] / held + 1]++;
        }
        int[] amountStart = new int[ranges + 1];
        for (int row : amountRow) {
            amountStart[unit[row] / held + 1]++;
        }
        for (int g = 0; g < ranges; g++) {
            rangeStart[g + 1] += rangeStart[g];
            amountStart[g + 1] += amountStart[g];
        }
        int[] rowFill = Arrays.copyOf(rangeStart, ranges);
        int[] amountFill = amountStart;   // its first `ranges` entries, advanced as the amounts are placed
        int[] newUnit = new int[size];
        byte[] newType = new byte[size];
        int[] newDay = new int[size];
        byte[][] newCodes = new byte[codes.length][size];
        int[][] newValues = new int[values.length][size];
        int[] newAmountRow = new int[amountRow.length];
        long[] newAmount = new long[amount.length];
        int a = 0;
        for (int r = 0; r < size; r++) {
            int u = unit[r];
            int g = u / held;
            int to = rowFill[g]++;
            newUnit[to] = u - g * held;
            newType[to] = type[r];
            newDay[to] = day[r];
            for (int k = 0; k < codes.length; k++) {
                newCodes[k][to] = codes[k][r];
            }
            for (int k = 0; k < values.length; k++) {
                newValues[k][to] = values[k][r];
            }
            if (a < amountRow.length && amountRow[a] == r) {
                int at = amountFill[g]++;
                newAmountRow[at] = to;
                newAmount[at] = amount[a++];
            }
        }
        return new RecordStore<>(kind, held, size, newUnit, newType, newDay, newCodes, newValues, newAmountRow,
                newAmount);
    }

    /** A builder of a dispute store over {@code tree}'s units. */
    public static DisputeStoreBuilder disputeBuilder(JurisdictionTree tree) {
        return new DisputeStoreBuilder(tree);
    }

    /** A builder of an outreach store over {@code tree}'s units. */
    public static OutreachStoreBuilder outreachBuilder(JurisdictionTree tree) {
        return new OutreachStoreBuilder(tree);
    }

    /** The disputes of a data set as a store, in file order. */
    public static RecordStore<DisputeMeasure> disputesOf(Dataset data) {
        DisputeStoreBuilder b = disputeBuilder(data.tree());
        data.disputes().forEach(b::add);
        return b.build();
    }

    /** The outreach sessions of a data set as a store, in file order. */
    public static RecordStore<OutreachMeasure> outreachOf(Dataset data) {
        OutreachStoreBuilder b = outreachBuilder(data.tree());
        data.outreach().forEach(b::add);
        return b.build();
    }

    /** The number of records. */
    public int size() {
        return size;
    }

    /** The kind of the records. */
    public RecordKind<M> kind() {
        return kind;
    }

    /** The number of units of the tree the store was built for. */
    public int unitCount() {
        return units;
    }

    /** The number of types of the kind: the width of its cubes. */
    public int typeCount() {
        return kind.fixedWidth();
    }

    /** The dense unit index of record {@code row}. */
    public int unit(int row) {
        return unit[row];
    }

    /** The type of record {@code row} (a {@code DisputeType}, an {@code OutreachType}). */
    public Enum<?> type(int row) {
        return kind.types().get(type[row]);
    }

    /** The epoch day of record {@code row}: received (disputes), held (outreach). */
    public int day(int row) {
        return day[row];
    }

    /**
     * The value of one of the kind's columns for record {@code row}: a code's ordinal (e.g.
     * {@code "status"}) or a figure (e.g. {@code "close_delay"}, {@code "audience"}).
     *
     * @throws IllegalArgumentException if the kind has no such column, suggesting the nearest
     */
    public int value(String column, int row) {
        Objects.requireNonNull(column, "column");
        Objects.checkIndex(row, size);
        int k = kind.codeColumns().indexOf(column);
        if (k >= 0) {
            return codes[k][row];
        }
        k = kind.intColumns().indexOf(column);
        if (k >= 0) {
            return values[k][row];
        }
        var known = new java.util.ArrayList<>(kind.codeColumns());
        known.addAll(kind.intColumns());
        throw new IllegalArgumentException("a store of " + kind + " has no column " + column + "; it has " + known
                + Suggest.nearest(column, known).map(s -> "; did you mean " + s + "?").orElse(""));
    }

    /** The amount of record {@code row} in fen (disputes: involved; outreach: loss avoided); 0 when none. */
    public long amount(int row) {
        Objects.checkIndex(row, size);
        int i = Arrays.binarySearch(amountRow, row);
        return i >= 0 ? amount[i] : 0;
    }

    /** The number of records with an amount (the sparse rows). */
    public int amountCount() {
        return amountRow.length;
    }

    /** The bytes the columns hold (array payloads, not headers), see the layout in the class comment. */
    public long bytes() {
        return (long) size * (4 + 1 + 4 + codes.length + 4L * values.length) + (long) amountRow.length * (4 + 8);
    }

    /** {@link #bytes()} per record; 0 for an empty store. */
    public double bytesPerRecord() {
        return size == 0 ? 0 : (double) bytes() / size;
    }

    /** E.g. {@code RecordStore[disputes: 15000 records, 5508 with amount, 18.4 bytes each]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RecordStore[%s: %d records, %d with %s, %.1f bytes each]", kind, size,
                amountRow.length, kind.amountColumn(), bytesPerRecord());
    }

    /** Index of the first amount row at or after {@code row}. */
    int firstAmountAtOrAfter(int row) {
        int i = Arrays.binarySearch(amountRow, row);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Appends records of one kind to growing columns; the kind's builder ({@link
     * DisputeStoreBuilder}, {@link OutreachStoreBuilder}) checks each row by the kind's rules
     * first. Not thread-safe; build one per thread and aggregate the stores separately if needed.
     *
     * @param <M> the measures of the kind
     */
    public abstract static class Builder<M extends Enum<M>> {
        /** {@link #ints}: unit, day, then the kind's values; {@link #bytes}: type, then the kind's codes. */
        static final int UNIT = 0;
        static final int DAY = 1;
        static final int VALUES = 2;
        static final int TYPE = 0;
        static final int CODES = 1;

        final JurisdictionTree tree;
        private final RecordKind<M> kind;
        private final int units;
        private final int types;
        private int size;
        /** The growing {@code int} and {@code byte} columns, all of one length. */
        private final int[][] ints;
        private final byte[][] bytes;
        private int amounts;
        private int[] amountRow = new int[256];
        private long[] amount = new long[256];

        Builder(RecordKind<M> kind, JurisdictionTree tree) {
            this.kind = kind;
            this.tree = Objects.requireNonNull(tree, "tree");
            this.units = tree.size();
            this.types = kind.fixedWidth();
            this.ints = new int[VALUES + kind.intColumns().size()][1024];
            this.bytes = new byte[CODES + kind.codeColumns().size()][1024];
        }

        /**
         * Checks what every kind shares — a unit of the tree, a type of the kind, a day that fits
         * an {@code int} — naming the type ({@code "dispute type"}) and the day ({@code "received
         * day"}) in the message. Explicit checks: this is the hot path, and varargs would box.
         */
        final void checkRow(int unitIndex, int typeIndex, String typeName, long epochDay, String dayName) {
            if (unitIndex < 0 || unitIndex >= units) {
                throw new IllegalArgumentException("unit index " + unitIndex + " is outside 0.." + (units - 1));
            }
            if (typeIndex < 0 || typeIndex >= types) {
                throw new IllegalArgumentException(typeName + " index " + typeIndex + " is outside 0.." + (types - 1));
            }
            if (epochDay < Integer.MIN_VALUE || epochDay > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(dayName + " " + epochDay + " is out of range");
            }
        }

        /**
         * Makes room for {@code rows} records in all, so that the columns do not grow again on
         * the way there (a reader that knows how many rows its file has).
         */
        public void expect(int rows) {
            if (rows > ints[UNIT].length) {
                for (int k = 0; k < ints.length; k++) {
                    ints[k] = Arrays.copyOf(ints[k], rows);
                }
                for (int k = 0; k < bytes.length; k++) {
                    bytes[k] = Arrays.copyOf(bytes[k], rows);
                }
            }
        }

        /** Appends a checked row's shared columns and its amount; returns the row for {@link #code}, {@link #value}. */
        final int append(int unitIndex, int typeIndex, long epochDay, long amountFen) {
            if (size == ints[UNIT].length) {
                int n = Math.max(1024, Math.min(Integer.MAX_VALUE - 16, size + (size >> 1)));
                Check.state(n > size, "a store holds at most %d records", size);
                for (int k = 0; k < ints.length; k++) {
                    ints[k] = Arrays.copyOf(ints[k], n);
                }
                for (int k = 0; k < bytes.length; k++) {
                    bytes[k] = Arrays.copyOf(bytes[k], n);
                }
            }
            ints[UNIT][size] = unitIndex;
            ints[DAY][size] = (int) epochDay;
            bytes[TYPE][size] = (byte) typeIndex;
            if (amountFen != 0) {
                if (amounts == amountRow.length) {
                    amountRow = Arrays.copyOf(amountRow, amounts + (amounts >> 1));
                    amount = Arrays.copyOf(amount, amountRow.length);
                }
                amountRow[amounts] = size;
                amount[amounts++] = amountFen;
            }
            return size++;
        }

        /** Sets code column {@code k} of {@code row}. */
        final void code(int k, int row, int value) {
            bytes[CODES + k][row] = (byte) value;
        }

        /** Sets value column {@code k} of {@code row}. */
        final void value(int k, int row, int value) {
            ints[VALUES + k][row] = value;
        }

        /** The number of records added so far. */
        public final int size() {
            return size;
        }

        /** The store; the builder may go on to build a larger one. */
        public final RecordStore<M> build() {
            return new RecordStore<>(this);
        }
    }
}
