package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.record.Coordinates;
import org.communitysafety.core.record.Crs;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Incidents as columns of primitives — the aggregation core's input, with no object per
 * record.
 *
 * <h2>Layout</h2>
 * <pre>
 *   unit        int[]    dense unit index in the jurisdiction tree          4 bytes
 *   day         char[]   days since the store's first day (so a store       2 bytes
 *                        spans at most 65,536 days, 179 years)
 *   category    byte[]   taxonomy index (unsigned, up to 256 categories)     1 byte
 *   flags       byte[]   bit 0 criminal, bit 1 repeat call; bits 2–7 the     1 byte
 *                        category again when the taxonomy has at most 64
 *                        (so the hot loop of the partials reads one byte
 *                        for both, see {@link #packed})
 *   clearDelay  char[]   days from occurrence to clearance; 0xFFFF = not     2 bytes
 *                        cleared (so at most 65,534 days)
 *   ------------------------------------------------------------------------------
 *   core fields                                                            10 bytes
 *   amounts     sparse:  int row + long (loss &lt;&lt; 32 | recovered), only     12 bytes each
 *                        for incidents with a loss or a recovery, each
 *                        amount in fen up to 2^32 − 1 (42,949,672.95
 *                        yuan); a larger one, in a list of its own:      + 20 bytes each
 *                        its index, the loss and the recovery as longs
 * </pre>
 * Most incidents carry no amount (calls, traffic, public order), so amounts cost 12 bytes
 * times their share — about 3.5 bytes an incident in the standard sample, 13.5 in all (20 bytes
 * each and 15.9 in all until the tenth session of issue 13, when the two amounts of a row were
 * packed into one long: query 4 reads them for every row with an amount, 38 MB at 10M incidents,
 * now 23 MB). {@link #bytes()} gives the exact figure for a store.
 *
 * <h2>Block bound</h2>
 * <pre>
 *   clearedBy   char[]   per block of 32 rows: the latest day (relative)   1/16 byte
 *                        a row of the block was cleared, saturated at
 *                        0xFFFF; 0 when none was
 * </pre>
 * An incident that occurred before a period may have been cleared in it, so without the bound
 * the clearances of a year read every earlier row of each unit to find the few that were. With
 * it they skip the blocks none of whose rows was cleared in the year or later ({@code
 * skipClearedBefore}): of the 3.5 million rows of 2022 in the 10M sample, 46,000 were cleared
 * in 2023 or 2024, and four blocks in five are skipped. It is an index over the rows, like the
 * units' first rows, and {@link #bytes()} does not count it: 625 KB for 10 million incidents.
 *
 * <h2>Times and places (columns allocated only when some incident has them)</h2>
 * <pre>
 *   minute      char[]   minute of the day it occurred, 0..1439;            2 bytes
 *                        0xFFFF = the data gave no time (none is made up)
 *   reportDelay char[]   minutes from occurrence to report, when both carry  2 bytes
 *                        a time: 0..65,533 exact (45 days 12 h 13 min);
 *                        0xFFFE = 65,534 or more (saturated); 0xFFFF = no
 *                        delay in minutes (not reported, or a time missing)
 *   ------------------------------------------------------------------------------
 *   times, when a file has them                                   at most 4 bytes
 *   latitude    int[]    microdegrees (10⁻⁶°, ≈ 0.11 m), Integer.MIN_VALUE   4 bytes
 *                        for an incident without coordinates
 *   longitude   int[]    microdegrees                                       4 bytes
 *   crs         byte[]   0 WGS-84, 1 GCJ-02, 2 BD-09; kept as given,       1 byte
 *                        never converted
 * </pre>
 * So a store of incidents with times holds at most 13.5 + 4 ≈ 17.5 bytes an incident on the
 * standard sample's mix of amounts, and coordinates add 9 bytes more. A store without times
 * or coordinates (the standard sample) allocates none of these columns and is unchanged. An
 * incident's grid (网格) is its unit, a leaf of the tree, and costs nothing. The address text
 * is not kept here: it is in the {@link Incident} record for the analysis that reads objects.
 * The aggregation of counts does not read these columns.
 *
 * <h2>Row order</h2>
 * {@link Builder#build()} orders the rows by unit and, within a unit, by the day they occurred
 * (incidents of the same unit and day keep the order they were added in), with two stable
 * counting sorts. So the aggregation fills one unit's block of the cube after another, which
 * stays in the processor's cache, and the incidents of a unit in a period are one range of rows,
 * found by a binary search: a one-year question over three years of data reads a third of the
 * rows, and reads them with no period look-up. The store keeps where each unit's rows start
 * (4 bytes a unit, not a record: 13 KB for a city of 3,300 units). Row numbers are therefore not
 * the order of addition; nothing in an aggregate depends on row order.
 *
 * <p>Immutable and thread-safe once built; built by a {@link Builder}, which the CSV reader
 * can feed directly.
 */
public final class IncidentStore {
    /** {@link #clearDelay} of an incident that is not cleared. */
    public static final int NOT_CLEARED = 0xFFFF;
    /** Rows a block of {@link #clearedBy} (a power of two): 32. */
    static final int BLOCK = 32;
    private static final int BLOCK_SHIFT = 5;
    static final int CRIMINAL = 1;
    static final int REPEAT = 2;
    /** Bits 2–3 of the builder's flags: the coordinates' {@link Crs} ordinal (the store has a column). */
    private static final int CRS_SHIFT = 2;
    /** The most categories whose index {@link #flags} also holds, in bits 2–7. */
    static final int PACKED_CATEGORIES = 64;
    /** {@link #minute} of an incident whose data gave no time. */
    static final char NO_TIME = 0xFFFF;
    /** {@link #reportDelay} of an incident with no delay in minutes. */
    static final char NO_DELAY = 0xFFFF;
    /**
     * {@link #reportingDelayMinutes(int)} of a delay of this many minutes or more (45 days 12 h
     * 14 min): the column saturates there.
     */
    public static final int DELAY_SATURATED = 0xFFFE;
    /** {@link #latitude} of an incident without coordinates. */
    static final int NO_COORDINATE = Integer.MIN_VALUE;

    private final int units;
    private final int categories;
    private final int size;
    final int[] unit;
    /** The epoch day of {@code day[row] == 0}. */
    final int baseDay;
    final char[] day;
    final byte[] category;
    /** Bit 0 criminal, bit 1 repeat call; when {@link #packed}, bits 2–7 the category. */
    final byte[] flags;
    /**
     * Whether the taxonomy has at most {@value #PACKED_CATEGORIES} categories, so that {@code
     * flags[r] & 0xFF} is {@code category << 2 | repeat << 1 | criminal}: the index of the
     * partials' counters, read from one byte instead of two (five bytes a row instead of six).
     */
    final boolean packed;
    final char[] clearDelay;
    /**
     * Block b (rows b × 32 .. b × 32 + 31): the latest {@code day + clearDelay} of its cleared
     * rows, saturated at 0xFFFF (so 0xFFFF may stand for a later day); 0 when none is cleared.
     */
    final char[] clearedBy;
    final int[] amountRow;
    /** The rows of unit u are unitStart[u] .. unitStart[u + 1], sorted by day. */
    final int[] unitStart;
    /**
     * Amount k ({@code amountRow[k]}'s): {@code loss << 32 | recovered} in fen, each unsigned;
     * 0 when either is 2^32 or more, the amounts then in {@link #largeAt}.
     */
    final long[] amount;
    /** The indices k of the amounts too large for {@link #amount}, in order; their losses and recoveries. */
    final int[] largeAt;
    final long[] largeLoss;
    final long[] largeRecovered;
    /** Null when no incident has a time. */
    final char[] minute;
    /** Null when no incident has a delay in minutes. */
    final char[] reportDelay;
    /** Null when no incident has coordinates. */
    final int[] latitude;
    final int[] longitude;
    /** The {@link Crs} ordinal of each row's coordinates; null when no incident has coordinates. */
    final byte[] crs;

    private IncidentStore(Builder b) {
        this.units = b.units;
        this.categories = b.categories;
        int n = b.size;
        this.size = n;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int r = 0; r < n; r++) {
            first = Math.min(first, b.day[r]);
            last = Math.max(last, b.day[r]);
        }
        this.baseDay = n == 0 ? 0 : first;
        if (n > 0 && (long) last - first > 0xFFFF) {
            throw new IllegalArgumentException("the incidents span " + java.time.LocalDate.ofEpochDay(first) + " to "
                    + java.time.LocalDate.ofEpochDay(last) + ", more than the 65,536 days (179 years) a store holds");
        }
        // rows ordered by (unit, day), ties in the order added; where[r] is row r's place in the store
        int span = n == 0 ? 0 : last - first + 1;
        int[] start = new int[units + 1];
        int threads = Runtime.getRuntime().availableProcessors();
        int[] where = StableOrder.where(b.unit, units, b.day, first, span, n, threads, start);
        this.unitStart = start;
        this.unit = new int[n];
        this.day = new char[n];
        this.category = new byte[n];
        this.flags = new byte[n];
        this.clearDelay = new char[n];
        this.packed = categories <= PACKED_CATEGORIES;
        final int categoryShift = packed ? 2 : 8; // bits 8 and up of an int fall off the byte
        StableOrder.inSlices(n, threads, (from, to) -> {
            for (int r = from; r < to; r++) {
                int w = where[r];
                unit[w] = b.unit[r];
                day[w] = (char) (b.day[r] - baseDay);
                category[w] = b.category[r];
                flags[w] = (byte) ((b.flags[r] & (CRIMINAL | REPEAT)) | ((b.category[r] & 0xFF) << categoryShift));
                clearDelay[w] = b.clearDelay[r];
            }
        });
        this.clearedBy = clearedBy(day, clearDelay, n);
        this.minute = permuted(b.minute, where, n);
        this.reportDelay = permuted(b.reportDelay, where, n);
        if (b.latitude == null) {
            this.latitude = null;
            this.longitude = null;
            this.crs = null;
        } else {
            this.latitude = new int[n];
            this.longitude = new int[n];
            this.crs = new byte[n];
            for (int r = 0; r < n; r++) {
                latitude[where[r]] = b.latitude[r];
                longitude[where[r]] = b.longitude[r];
                crs[where[r]] = (byte) ((b.flags[r] >>> CRS_SHIFT) & 3);
            }
        }
        // amounts follow their rows, and stay sorted by row: marked at their rows' places, then collected in order
        int m = b.amounts;
        int[] amountAt = new int[m == 0 ? 0 : n];
        for (int k = 0; k < m; k++) {
            amountAt[where[b.amountRow[k]]] = k + 1;
        }
        this.amountRow = new int[m];
        this.amount = new long[m];
        int large = 0;
        for (int k = 0; k < m; k++) {
            large += (b.loss[k] >>> 32 | b.recovered[k] >>> 32) != 0 ? 1 : 0;
        }
        this.largeAt = new int[large];
        this.largeLoss = new long[large];
        this.largeRecovered = new long[large];
        for (int w = 0, j = 0, l = 0; j < m; w++) {
            int k = amountAt[w] - 1;
            if (k >= 0) {
                amountRow[j] = w;
                long lossFen = b.loss[k];
                long recoveredFen = b.recovered[k];
                if ((lossFen >>> 32 | recoveredFen >>> 32) == 0) {
                    amount[j] = lossFen << 32 | recoveredFen;
                } else {
                    largeAt[l] = j;
                    largeLoss[l] = lossFen;
                    largeRecovered[l++] = recoveredFen;
                }
                j++;
            }
        }
    }

    /** The {@link #clearedBy} column of the rows' days and delays. */
    static char[] clearedBy(char[] day, char[] clearDelay, int n) {
        char[] bound = new char[(int) (((long) n + BLOCK - 1) >>> BLOCK_SHIFT)];
        for (int b = 0; b < bound.length; b++) {
            int max = 0;
            for (int r = b << BLOCK_SHIFT, end = (int) Math.min(n, ((long) b + 1) << BLOCK_SHIFT); r < end; r++) {
                int delay = clearDelay[r];
                if (delay != NOT_CLEARED) {
                    max = Math.max(max, day[r] + delay);
                }
            }
            bound[b] = (char) Math.min(max, 0xFFFF);
        }
        return bound;
    }

    /** {@code column[r]} at {@code where[r]}; null stays null. */
    private static char[] permuted(char[] column, int[] where, int n) {
        if (column == null) {
            return null;
        }
        char[] out = new char[n];
        for (int r = 0; r < n; r++) {
            out[where[r]] = column[r];
        }
        return out;
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

    /** The first row of unit {@code u}; its rows are {@code rowsFrom(u) .. rowsFrom(u + 1)}. */
    int rowsFrom(int u) {
        return unitStart[u];
    }

    /**
     * The first row in {@code lo .. hi} (rows of one unit, so sorted by day) that occurred on or
     * after {@code epochDay}, or {@code hi} if none: a binary search.
     */
    int firstRowOnOrAfter(int lo, int hi, long epochDay) {
        long rel = epochDay - baseDay;
        if (rel <= 0) {
            return lo;
        }
        if (rel > 0xFFFF) {
            return hi;
        }
        int target = (int) rel;
        if (lo < hi && day[hi - 1] < target) {
            return hi; // every row before the day: the span's end at the end of the data, a probe instead of a dozen
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The first row from {@code r} up to {@code to} whose block may hold a row cleared on or
     * after store-relative day {@code rel} (0 to 0xFFFF; a later day is 0xFFFF, which skips
     * less): whole blocks whose every cleared row was cleared before {@code rel} are passed
     * over, the rest of {@code r}'s block is not. {@code to} if none.
     */
    int skipClearedBefore(int r, int to, int rel) {
        int b = r >>> BLOCK_SHIFT;
        while (r < to && clearedBy[b] < rel) {
            b++;
            r = b << BLOCK_SHIFT;
            if (r < 0) { // past Integer.MAX_VALUE
                return to;
            }
        }
        return Math.min(r, to);
    }

    /** The row after the last of {@code r}'s block ({@link #clearedBy}), which may be past the last row. */
    static int blockEnd(int r) {
        int end = ((r >>> BLOCK_SHIFT) + 1) << BLOCK_SHIFT;
        return end < 0 ? Integer.MAX_VALUE : end;
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
        return baseDay + day[row];
    }

    /** The loss of incident {@code row} in fen (0 when none). */
    public long lossFen(int row) {
        int k = Arrays.binarySearch(amountRow, row);
        return k < 0 ? 0 : amount[k] != 0 ? amount[k] >>> 32 : largeLoss[Arrays.binarySearch(largeAt, k)];
    }

    /** The value recovered for incident {@code row} in fen (0 when none). */
    public long recoveredFen(int row) {
        int k = Arrays.binarySearch(amountRow, row);
        return k < 0 ? 0 : amount[k] != 0 ? amount[k] & 0xFFFF_FFFFL : largeRecovered[Arrays.binarySearch(largeAt, k)];
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

    /** Whether some incident has a time of day (the {@code minute} column is allocated). */
    public boolean hasTimes() {
        return minute != null;
    }

    /** The minute of the day incident {@code row} occurred, 0 to 1439, or -1 when the data gave no time. */
    public int minuteOfDay(int row) {
        Objects.checkIndex(row, size);
        int m = minute == null ? NO_TIME : minute[row];
        return m == NO_TIME ? -1 : m;
    }

    /** Whether some incident has a reporting delay in minutes (the {@code reportDelay} column is allocated). */
    public boolean hasReportingDelays() {
        return reportDelay != null;
    }

    /**
     * Minutes from occurrence to report of incident {@code row}, when both carry a time; -1
     * otherwise; {@link #DELAY_SATURATED} for that many minutes or more.
     */
    public int reportingDelayMinutes(int row) {
        Objects.checkIndex(row, size);
        int d = reportDelay == null ? NO_DELAY : reportDelay[row];
        return d == NO_DELAY ? -1 : d;
    }

    /** Whether some incident has coordinates (the latitude and longitude columns are allocated). */
    public boolean hasCoordinates() {
        return latitude != null;
    }

    /** Whether incident {@code row} has coordinates. */
    public boolean hasCoordinates(int row) {
        Objects.checkIndex(row, size);
        return latitude != null && latitude[row] != NO_COORDINATE;
    }

    /**
     * The coordinates of incident {@code row}, to the microdegree, in the system they were given in.
     *
     * @throws IllegalStateException if it has none
     */
    public Coordinates coordinates(int row) {
        Check.state(hasCoordinates(row), "incident row %d has no coordinates", row);
        return new Coordinates(latitude[row] / 1e6, longitude[row] / 1e6, crs(row));
    }

    /** The reference system of incident {@code row}'s coordinates ({@link Crs#WGS84} when it has none). */
    public Crs crs(int row) {
        return Crs.values()[crs == null ? 0 : crs[row]];
    }

    /** The number of incidents with a loss or a recovered amount (the sparse amount rows). */
    public int amountCount() {
        return amountRow.length;
    }

    /**
     * The bytes the columns hold (array payloads, not headers), the optional columns only when
     * allocated. The indexes over the rows are not counted, as they are not columns of the
     * incidents: where each unit's rows start (4 bytes a unit) and the block bound {@code
     * clearedBy} (2 bytes a block of 32 rows, 1/16 byte an incident, 625 KB for 10 million).
     */
    public long bytes() {
        return (long) size * (4 + 2 + 1 + 1 + 2) + (long) amountRow.length * (4 + 8) + largeAt.length * (4L + 8 + 8)
                + (minute == null ? 0 : 2L * size) + (reportDelay == null ? 0 : 2L * size)
                + (latitude == null ? 0 : 9L * size);
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
        /** The optional columns: null until an incident has one. */
        private char[] minute;
        private char[] reportDelay;
        private int[] latitude;
        private int[] longitude;

        private Builder(JurisdictionTree tree, Taxonomy taxonomy) {
            this.tree = Objects.requireNonNull(tree, "tree");
            this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
            this.units = tree.size();
            this.categories = taxonomy.size();
            Check.argument(categories <= 256, "a store holds up to 256 categories; the taxonomy has %d", categories);
        }

        /** Appends an incident, looking up its unit and category, with its time and coordinates if it has them. */
        public Builder add(Incident i) {
            add(tree.indexOf(i.unit()), taxonomy.indexOf(i.category()), i.occurredOn(),
                    i.clearedOn().orElse(null), i.criminal(), i.repeatCall(), i.loss().fen(), i.recovered().fen());
            int m = i.occurredMinuteOfDay();
            long delay = i.reportingDelayMinutes().orElse(-1);
            if (m >= 0 || delay >= 0) {
                times(m, delay);
            }
            i.coordinates().ifPresent(c -> coordinates(c.latitudeMicro(), c.longitudeMicro(), c.crs()));
            return this;
        }

        /**
         * Sets the time of the incident added last: the minute of the day it occurred (0 to
         * 1439, or -1 for none) and the minutes from occurrence to report when both carry a time
         * (0 or more, saturating at {@link #DELAY_SATURATED}; or -1 for none). The first call
         * allocates the columns.
         */
        public Builder times(int minuteOfDay, long reportingDelayMinutes) {
            Check.state(size > 0, "add an incident before its times");
            if (minuteOfDay < -1 || minuteOfDay >= 1440) {
                throw new IllegalArgumentException("minute of the day " + minuteOfDay + " is outside 0..1439 (or -1)");
            }
            if (reportingDelayMinutes < -1) {
                throw new IllegalArgumentException("reporting delay " + reportingDelayMinutes
                        + " minutes must be 0 or more (or -1)");
            }
            if (minuteOfDay >= 0) {
                if (minute == null) {
                    minute = filled(unit.length, NO_TIME);
                }
                minute[size - 1] = (char) minuteOfDay;
            }
            if (reportingDelayMinutes >= 0) {
                if (reportDelay == null) {
                    reportDelay = filled(unit.length, NO_DELAY);
                }
                reportDelay[size - 1] = (char) Math.min(reportingDelayMinutes, DELAY_SATURATED);
            }
            return this;
        }

        /**
         * Sets the coordinates of the incident added last, in microdegrees (latitude ±90,000,000,
         * longitude ±180,000,000), as given in {@code crs}. The first call allocates the columns.
         */
        public Builder coordinates(int latitudeMicro, int longitudeMicro, Crs crs) {
            Check.state(size > 0, "add an incident before its coordinates");
            Objects.requireNonNull(crs, "crs");
            if (latitudeMicro < -90_000_000 || latitudeMicro > 90_000_000 || longitudeMicro < -180_000_000
                    || longitudeMicro > 180_000_000) {
                throw new IllegalArgumentException("coordinates " + latitudeMicro + ", " + longitudeMicro
                        + " microdegrees are outside ±90° latitude, ±180° longitude");
            }
            if (latitude == null) {
                latitude = new int[unit.length];
                longitude = new int[unit.length];
                Arrays.fill(latitude, NO_COORDINATE);
            }
            latitude[size - 1] = latitudeMicro;
            longitude[size - 1] = longitudeMicro;
            flags[size - 1] = (byte) ((flags[size - 1] & ~(3 << CRS_SHIFT)) | (crs.ordinal() << CRS_SHIFT));
            return this;
        }

        private static char[] filled(int n, char value) {
            char[] a = new char[n];
            Arrays.fill(a, value);
            return a;
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
                if (minute != null) {
                    minute = grown(minute, n, NO_TIME);
                }
                if (reportDelay != null) {
                    reportDelay = grown(reportDelay, n, NO_DELAY);
                }
                if (latitude != null) {
                    int old = latitude.length;
                    latitude = Arrays.copyOf(latitude, n);
                    Arrays.fill(latitude, old, n, NO_COORDINATE);
                    longitude = Arrays.copyOf(longitude, n);
                }
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

        private static char[] grown(char[] a, int n, char fill) {
            int old = a.length;
            char[] b = Arrays.copyOf(a, n);
            Arrays.fill(b, old, n, fill);
            return b;
        }

        /**
         * Makes room for {@code rows} incidents in all, so that the columns do not grow again
         * on the way there (a reader that knows how many rows its file has): no copies, and no
         * discarded columns for the collector. Returns this builder.
         */
        public Builder expect(int rows) {
            if (rows > unit.length) {
                unit = Arrays.copyOf(unit, rows);
                day = Arrays.copyOf(day, rows);
                category = Arrays.copyOf(category, rows);
                flags = Arrays.copyOf(flags, rows);
                clearDelay = Arrays.copyOf(clearDelay, rows);
            }
            return this;
        }

        /** The number of incidents added so far. */
        public int size() {
            return size;
        }

        /**
         * The store, its rows grouped by unit; the builder may go on to build a larger one.
         *
         * @throws IllegalArgumentException if the incidents span more than 65,536 days
         */
        public IncidentStore build() {
            return new IncidentStore(this);
        }
    }
}
