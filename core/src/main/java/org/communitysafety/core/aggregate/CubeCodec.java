package org.communitysafety.core.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Suggest;
import org.communitysafety.core.period.Period;

/**
 * Cubes as bytes, and as a neutral {@link Parts} value for other formats — so that threads,
 * processes and machines can ship partial aggregates to each other and {@linkplain
 * Cube#plus add} them. A round trip gives an equal cube. One code for every {@link RecordKind}:
 * the kind is written in the header and checked on reading.
 *
 * <pre>{@code
 * byte[] bytes = CubeCodec.toBytes(cube);                 // 2–8% of 8 bytes a cell, see below
 * Cube<IncidentMeasure> back = CubeCodec.fromBytes(bytes, RecordKind.INCIDENTS);
 * }</pre>
 *
 * <h2>Binary format, version 1</h2>
 * <pre>
 *   magic          4 bytes   "CSIC" (0x43 0x53 0x49 0x43)
 *   version        1 byte    1
 *   kind           string    "incidents" (also "disputes", "outreach")
 *   body length    varint    the number of bytes of the body
 *   body:
 *     units        varint
 *     width        varint    categories (incidents) or types (disputes, outreach), 1 or more
 *     flags        1 byte    bit 0 detail (every measure, not counts only), bit 1 rolled up; others 0
 *     periods      varint n, then n strings: each period's {@link Period#toString()}, read back
 *                  with {@link Period#parse}, in index order
 *     measures     varint m, then m arrays of units × periods × width cells, in the cube's
 *                  layout ((unit × periods + period) × width + column), zero-run-length encoded:
 *                  a value v &gt; 0 is the varint v; a run of r zeros is the varint 0, then
 *                  the varint r − 1
 *     offsets      varint k, then k varints: the first offset (0), then each offset minus
 *                  the one before (so they cannot decrease); the distribution of (unit, period)
 *                  key i is entries offsets[i] .. offsets[i + 1]
 *     days         offsets[k − 1] varints: the distinct days of each key, increasing
 *     counts       offsets[k − 1] varints: the count of each day, 1 or more
 *   checksum       4 bytes   CRC-32 (ISO-HDLC, as {@link CRC32}) of every byte before it, big-endian
 *
 *   varint = unsigned LEB128: 7 bits a byte, lowest group first, high bit set on every byte but
 *            the last; at most 9 bytes (0 to 2⁶³ − 1). string = varint byte length + UTF-8.
 * </pre>
 * Most cells of a cube are 0 (a village has no incident of most categories in most periods),
 * so the zero runs carry most of the compression, and the small counts take a byte each. The
 * standard sample's year-and-baseline cube (557 units × 2 periods × 18 categories × 7
 * measures: 1,122,912 bytes as {@code long}s) takes 75,359 bytes, 6.7%; rolled up, 8.2%; its
 * 36 months, 1.9% of 20 MB. Values are exact; nothing is rounded. Encoding and decoding run at
 * about the speed of {@link Cube#plus} (allocation-bound: ~15 ms for 20 MB of cells).
 *
 * <h2>Checks on reading</h2>
 * Reading rejects, with an {@link IllegalArgumentException} that says what and where: input
 * that is empty or ends early; another magic; another format version; another kind than asked
 * for; a checksum that does not match (any accidental change of up to 32 consecutive bits,
 * including every single flipped bit); and, in the body, varints longer than 9 bytes, counts
 * larger than the bytes left can hold, a run of zeros past the end of a measure, unknown flags,
 * periods that do not parse or repeat, offsets that do not start at 0 or do not end at the
 * number of entries, days that do not increase within a key, counts of 0, and bytes left over.
 * The cube's own factory then checks its shape (an incident cube has 7 measures with detail,
 * 1 without). The checksum guards against accident, not against crafted input: a crafted cube
 * with a valid checksum may still claim up to 2³¹ cells.
 *
 * <h2>Every cube kind</h2>
 * The codec works on the package-private {@code CubeParts} that {@link Cube} exposes; the
 * kind's name ({@link RecordKind#name()}) is the header's kind, its measures' names the
 * measures of {@link Parts}, its fixed number of types (disputes, outreach) the width. A kind
 * without a distribution (outreach) writes {@code units × periods + 1} zero offsets and no
 * days, as a cube with distributions that are all empty.
 *
 * <p>Stateless and thread-safe.
 */
public final class CubeCodec {
    /** The version of the binary format this class writes, and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = {'C', 'S', 'I', 'C'};
    private static final int DETAIL = 1;
    private static final int ROLLED_UP = 2;
    private static final int MAX_KIND_BYTES = 32;
    private static final int MAX_PERIOD_BYTES = 64;
    private static final int MAX_MEASURES = 64;

    private CubeCodec() {}

    // ---- cubes of every kind ------------------------------------------------------------------

    /** The cube in the binary format. */
    public static byte[] toBytes(Cube<?> cube) {
        return encode(Objects.requireNonNull(cube, "cube").parts());
    }

    /**
     * The cube of {@code kind} that {@link #toBytes(Cube)} wrote.
     *
     * @throws IllegalArgumentException if the bytes are not exactly one valid cube of that kind
     */
    public static <M extends Enum<M>> Cube<M> fromBytes(byte[] bytes, RecordKind<M> kind) {
        Objects.requireNonNull(kind, "kind");
        return Cube.fromParts(kind, decode(bytes, kind.name()));
    }

    /** Writes the cube in the binary format; neither flushes nor closes {@code out}. */
    public static void write(Cube<?> cube, OutputStream out) throws IOException {
        write(Objects.requireNonNull(cube, "cube").parts(), out);
    }

    /**
     * Reads one cube of {@code kind} from {@code in}, leaving the stream just after it (so cubes
     * may be written one after another); does not close it.
     *
     * @throws IllegalArgumentException if the bytes are not a valid cube of that kind, or the
     *                                  stream ends within it
     * @throws IOException              if reading fails
     */
    public static <M extends Enum<M>> Cube<M> read(InputStream in, RecordKind<M> kind) throws IOException {
        Objects.requireNonNull(kind, "kind");
        return Cube.fromParts(kind, read(in, kind.name()));
    }

    /** The cube as a neutral value, for other formats (JSON). */
    public static Parts partsOf(Cube<?> cube) {
        Objects.requireNonNull(cube, "cube");
        return view(cube.parts(), names(cube.kind(), true));
    }

    /**
     * The cube of {@code kind} of a neutral value, checked as the binary reader checks.
     *
     * @throws IllegalArgumentException if the parts are not a valid cube of that kind
     */
    public static <M extends Enum<M>> Cube<M> fromParts(Parts parts, RecordKind<M> kind) {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(kind, "kind");
        return Cube.fromParts(kind, parts(parts, kind.name(), names(kind, parts.detail())));
    }

    /** The names of a kind's measures: all of them with detail, the first only for counts only. */
    private static List<String> names(RecordKind<?> kind, boolean detail) {
        List<String> all = kind.measures().stream().map(Enum::name).toList();
        return detail ? all : all.subList(0, 1);
    }

    // ---- any cube: writing --------------------------------------------------------------------

    /** The bytes of any cube's parts. */
    static byte[] encode(CubeParts p) {
        ByteSink body = new ByteSink(1024);
        body.varint(p.units(), "units");
        body.varint(p.width(), "width");
        body.u8((p.detail() ? DETAIL : 0) | (p.rolledUp() ? ROLLED_UP : 0));
        body.varint(p.periods().size(), "period count");
        for (Period period : p.periods().periods()) {
            body.string(period.toString());
        }
        body.varint(p.measures().length, "measure count");
        for (int k = 0; k < p.measures().length; k++) {
            body.zeroRunLength(p.measures()[k], "measure " + k);
        }
        int[] offsets = p.distOffsets();
        body.varint(offsets.length, "offset count");
        for (int i = 0; i < offsets.length; i++) {
            body.varint(offsets[i] - (i == 0 ? 0L : offsets[i - 1]), "offset delta");
        }
        for (int d : p.distDays()) {
            body.varint(d, "day");
        }
        for (long c : p.distCounts()) {
            body.varint(c, "count");
        }
        return framed(p.kind(), body);
    }

    /**
     * A cube's bytes around its {@code body}: the magic, the format version, the kind, the body's
     * length, the body and the CRC-32 of all before it. Tests frame hand-made bodies with it.
     */
    static byte[] framed(String kind, ByteSink body) {
        ByteSink all = new ByteSink(body.size() + 32);
        all.bytes(MAGIC, 0, MAGIC.length);
        all.u8(FORMAT_VERSION);
        all.string(kind);
        all.varint(body.size(), "body length");
        all.bytes(body.buffer(), 0, body.size());
        CRC32 crc = new CRC32();
        crc.update(all.buffer(), 0, all.size());
        all.u32(crc.getValue());
        return all.toByteArray();
    }

    /** Writes any cube's parts. */
    static void write(CubeParts p, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out").write(encode(p));
    }

    // ---- any cube: reading --------------------------------------------------------------------

    /** The parts of a cube of {@code kind} in {@code bytes}, which must hold exactly that cube. */
    static CubeParts decode(byte[] bytes, String kind) {
        Objects.requireNonNull(bytes, "bytes");
        ByteCursor c = new ByteCursor(bytes, 0, bytes.length);
        int length = header(c, kind);
        int start = c.offset();
        Check.argument(c.remaining() >= length, "the cube is truncated: its body length says %d bytes, only %d follow",
                length, c.remaining());
        ByteCursor body = new ByteCursor(bytes, start, start + length);
        ByteCursor tail = new ByteCursor(bytes, start + length, bytes.length);
        long stored = (long) tail.u8("checksum") << 24 | tail.u8("checksum") << 16 | tail.u8("checksum") << 8
                | tail.u8("checksum");
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, start + length);
        Check.argument(crc.getValue() == stored,
                "the cube is corrupt: the CRC-32 of its %d bytes is %08x, the stored one %08x", start + length,
                crc.getValue(), stored);
        Check.argument(tail.remaining() == 0, "the input goes on after the cube: %d more byte(s) from byte %d",
                tail.remaining(), tail.offset());
        return body(kind, body);
    }

    /**
     * The parts of the next cube of {@code kind} in {@code in}: the header a byte at a time (a
     * few dozen bytes), then the body and the checksum at once, so nothing after the cube is read.
     */
    static CubeParts read(InputStream in, String kind) throws IOException {
        Objects.requireNonNull(in, "in");
        ByteSink head = new ByteSink(64);
        copy(in, head, MAGIC.length + 1);
        // the magic and the version first, before trusting any length
        header(new ByteCursor(head.toByteArray(), 0, head.size()), null);
        copyVarint(in, head);
        long kindLength = new ByteCursor(head.toByteArray(), MAGIC.length + 1, head.size()).varint("kind");
        copy(in, head, (int) Math.min(kindLength, MAX_KIND_BYTES));
        copyVarint(in, head);
        int length = header(new ByteCursor(head.toByteArray(), 0, head.size()), kind);
        byte[] rest = in.readNBytes(length + 4);
        byte[] all = Arrays.copyOf(head.buffer(), head.size() + rest.length);
        System.arraycopy(rest, 0, all, head.size(), rest.length);
        return decode(all, kind);
    }

    /** Copies up to {@code n} bytes, fewer at the end of the stream. */
    private static void copy(InputStream in, ByteSink to, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            to.u8(b);
        }
    }

    /** Copies the bytes of one varint: up to the first without the high bit, at most 9. */
    private static void copyVarint(InputStream in, ByteSink to) throws IOException {
        for (int i = 0; i < 9; i++) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            to.u8(b);
            if ((b & 0x80) == 0) {
                return;
            }
        }
    }

    /**
     * Checks the magic, the version and, unless {@code kind} is null, the kind; returns the body
     * length (or 0 when {@code kind} is null).
     */
    private static int header(ByteCursor c, String kind) {
        if (c.remaining() == 0) {
            throw new IllegalArgumentException("the input is empty; expected a cube starting with \"CSIC\"");
        }
        int n = Math.min(MAGIC.length, c.remaining());
        byte[] magic = new byte[n];
        for (int i = 0; i < n; i++) {
            magic[i] = (byte) c.u8("magic");
        }
        if (!Arrays.equals(magic, 0, n, MAGIC, 0, n)) {
            StringBuilder hex = new StringBuilder();
            for (byte b : magic) {
                hex.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
            }
            throw new IllegalArgumentException("not a cube: the input starts with 0x" + hex
                    + ", not \"CSIC\" (0x43534943)");
        }
        if (n < MAGIC.length) {
            c.u8("magic");
        }
        int version = c.u8("format version");
        Check.argument(version == FORMAT_VERSION, "the cube has format version %d; this library reads version %d",
                version, FORMAT_VERSION);
        if (kind == null) {
            return 0;
        }
        String found = c.string("kind", MAX_KIND_BYTES);
        Check.argument(found.equals(kind), "expected a cube of kind %s, found \"%s\"", kind, found);
        return c.intVarint("body length", Integer.MAX_VALUE - 64);
    }

    /** The body, after the checksum has matched. */
    private static CubeParts body(String kind, ByteCursor c) {
        int units = c.intVarint("units", Integer.MAX_VALUE);
        int width = c.intVarint("width", Integer.MAX_VALUE);
        int flags = c.u8("flags");
        Check.argument((flags & ~(DETAIL | ROLLED_UP)) == 0, "the flags %02x have unknown bits", flags);
        int n = c.count("period count", 2);
        List<Period> periods = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = c.string("period " + i, MAX_PERIOD_BYTES);
            try {
                periods.add(Period.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("period " + i + " of the cube: " + e.getMessage(), e);
            }
        }
        PeriodIndex index = periodIndex(periods);
        int cells = cells(units, index.size(), width);
        int m = c.intVarint("measure count", MAX_MEASURES);
        long[][] measures = new long[m][];
        for (int k = 0; k < m; k++) {
            measures[k] = c.zeroRunLength(cells, "measure " + k);
        }
        int k = c.count("offset count", 1);
        int[] offsets = new int[k];
        long offset = 0;
        for (int i = 0; i < k; i++) {
            offset += c.varint("offset " + i);
            Check.argument(offset <= Integer.MAX_VALUE, "distribution offset %d is %d, more than an array holds", i,
                    offset);
            offsets[i] = (int) offset;
        }
        int entries = k == 0 ? 0 : offsets[k - 1];
        Check.argument(entries <= c.remaining() / 2, "the distributions claim %d entries, more than the %d bytes left "
                + "can hold", entries, c.remaining());
        int[] days = new int[entries];
        for (int i = 0; i < entries; i++) {
            days[i] = c.intVarint("days", Integer.MAX_VALUE);
        }
        long[] counts = new long[entries];
        for (int i = 0; i < entries; i++) {
            counts[i] = c.varint("counts");
        }
        Check.argument(c.remaining() == 0, "%d byte(s) left over after the distributions, from byte %d",
                c.remaining(), c.offset());
        CubeParts p = new CubeParts(kind, units, index, width, (flags & DETAIL) != 0, (flags & ROLLED_UP) != 0,
                measures, offsets, days, counts);
        check(p, null);
        return p;
    }

    private static PeriodIndex periodIndex(List<Period> periods) {
        try {
            return PeriodIndex.of(periods);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the cube's periods: " + e.getMessage(), e);
        }
    }

    private static int cells(int units, int periods, int width) {
        Check.argument(units >= 0 && width >= 1, "a cube has 0 or more units and a width of 1 or more, not %d and %d",
                units, width);
        long cells = (long) units * periods * width;
        Check.argument(cells <= Integer.MAX_VALUE, "%d units × %d periods × %d = %d cells are more than an array "
                + "holds", units, periods, width, cells);
        return (int) cells;
    }

    /**
     * Checks what every cube kind shares: the shape, values of 0 or more, and the distributions —
     * offsets from 0, never decreasing, ending at the number of entries; within each key, days of
     * 0 or more that increase, and counts of 1 or more. {@code names} name the measures in
     * messages, or null for their indices.
     */
    static void check(CubeParts p, List<String> names) {
        int cells = cells(p.units(), p.periods().size(), p.width());
        Check.argument(p.measures().length <= MAX_MEASURES, "a cube has at most %d measures, not %d", MAX_MEASURES,
                p.measures().length);
        for (int k = 0; k < p.measures().length; k++) {
            String name = names == null ? "measure " + k : names.get(k);
            long[] m = Objects.requireNonNull(p.measures()[k], name);
            Check.argument(m.length == cells, "%s has %d cells, not %d (%d units × %d periods × %d)", name, m.length,
                    cells, p.units(), p.periods().size(), p.width());
            for (int i = 0; i < m.length; i++) {
                if (m[i] < 0) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "%s is negative (%d) in cell %d; a cube holds values of 0 or more", name, m[i], i));
                }
            }
        }
        int[] offsets = p.distOffsets();
        int[] days = p.distDays();
        long[] counts = p.distCounts();
        Check.argument(days.length == counts.length, "the distributions have %d days but %d counts", days.length,
                counts.length);
        Check.argument(offsets.length > 0 || days.length == 0, "the distributions have %d entries but no offsets",
                days.length);
        if (offsets.length == 0) {
            return;
        }
        Check.argument(offsets[0] == 0, "the first distribution offset must be 0, not %d", offsets[0]);
        Check.argument(offsets[offsets.length - 1] == days.length,
                "the last distribution offset must be the number of entries, %d, not %d", days.length,
                offsets[offsets.length - 1]);
        for (int key = 0; key + 1 < offsets.length; key++) {
            Check.argument(offsets[key + 1] >= offsets[key], "distribution offset %d (%d) is below the one before (%d)",
                    key + 1, offsets[key + 1], offsets[key]);
        }
        for (int key = 0; key + 1 < offsets.length; key++) {
            for (int i = offsets[key]; i < offsets[key + 1]; i++) {
                if (days[i] < 0 || (i > offsets[key] && days[i] <= days[i - 1]) || counts[i] <= 0) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT, "distribution %d is not increasing "
                            + "days of 0 or more with positive counts: day %d, count %d at entry %d", key, days[i],
                            counts[i], i));
                }
            }
        }
    }

    // ---- the neutral view ---------------------------------------------------------------------

    /** Parts as a neutral value, measures named by {@code names} in order (the held ones come first). */
    static Parts view(CubeParts p, List<String> names) {
        Check.argument(p.measures().length <= names.size(), "a %s cube has %d measures; only %d have names", p.kind(),
                p.measures().length, names.size());
        Map<String, long[]> measures = new LinkedHashMap<>();
        for (int k = 0; k < p.measures().length; k++) {
            measures.put(names.get(k), p.measures()[k]);
        }
        return new Parts(p.kind(), p.units(), p.periods().periods(), p.width(), p.detail(), p.rolledUp(), measures,
                p.distOffsets(), p.distDays(), p.distCounts());
    }

    /** Checked parts of a cube of {@code kind} from a neutral value that must hold exactly the measures {@code names}. */
    static CubeParts parts(Parts v, String kind, List<String> names) {
        Check.argument(v.kind().equals(kind), "expected a cube of kind %s, found \"%s\"", kind, v.kind());
        String holds = String.format(Locale.ROOT, "a cube of kind %s with %s holds %s", kind,
                v.detail() ? "detail" : "counts only", names);
        for (String name : v.measures.keySet()) {
            Check.argument(names.contains(name), "unknown measure %s; %s%s", name, holds,
                    Suggest.didYouMean(name, names));
        }
        long[][] measures = new long[names.size()][];
        for (int k = 0; k < names.size(); k++) {
            measures[k] = v.measures.get(names.get(k));
            Check.argument(measures[k] != null, "the measure %s is missing; %s", names.get(k), holds);
        }
        CubeParts p = new CubeParts(kind, v.units(), periodIndex(v.periods()), v.width(), v.detail(), v.rolledUp(),
                measures, v.distOffsets, v.distDays, v.distCounts);
        check(p, names);
        return p;
    }

    /**
     * A cube as plain values, for formats outside this package (JSON): the kind, the shape, the
     * state, one array per measure keyed by the measure's name (in measure order), and the
     * days-to-clear (or days-to-close) distributions as compressed sparse rows — the distribution
     * of (unit, period) key {@code unit × periods + period} is {@code distDays/distCounts[
     * distOffsets[key] .. distOffsets[key + 1])}. Measure arrays are laid out
     * {@code (unit × periods + period) × width + column}.
     *
     * <p>Nothing is checked here; {@link CubeCodec#fromParts(Parts, RecordKind)} checks everything. Immutable
     * and thread-safe: arrays are copied in and out, and equality compares their contents.
     *
     * @param kind        {@code "incidents"}, {@code "disputes"} or {@code "outreach"}
     * @param units       the number of units
     * @param periods     the periods, in index order
     * @param width       the number of categories or types
     * @param detail      whether every measure is held, not only counts
     * @param rolledUp    whether every unit includes its descendants
     * @param measures    each measure's cells by measure name
     * @param distOffsets the first entry of each distribution, and one past the last
     * @param distDays    the distinct days of each distribution, increasing
     * @param distCounts  the count of each day
     */
    public record Parts(String kind, int units, List<Period> periods, int width, boolean detail, boolean rolledUp,
            Map<String, long[]> measures, int[] distOffsets, int[] distDays, long[] distCounts) {
        public Parts {
            Objects.requireNonNull(kind, "kind");
            periods = List.copyOf(periods);
            Map<String, long[]> copy = new LinkedHashMap<>();
            Objects.requireNonNull(measures, "measures").forEach((name, values) -> copy.put(
                    Objects.requireNonNull(name, "a measure name"), Objects.requireNonNull(values, name).clone()));
            measures = Collections.unmodifiableMap(copy);
            distOffsets = Objects.requireNonNull(distOffsets, "distOffsets").clone();
            distDays = Objects.requireNonNull(distDays, "distDays").clone();
            distCounts = Objects.requireNonNull(distCounts, "distCounts").clone();
        }

        /** Each measure's cells by name, in measure order; copies. */
        @Override
        public Map<String, long[]> measures() {
            Map<String, long[]> copy = new LinkedHashMap<>();
            measures.forEach((name, values) -> copy.put(name, values.clone()));
            return Collections.unmodifiableMap(copy);
        }

        /** A copy of one measure's cells. @throws IllegalArgumentException if there is no such measure */
        public long[] measure(String name) {
            long[] m = measures.get(Objects.requireNonNull(name, "name"));
            Check.argument(m != null, "no measure %s among %s%s", name, measures.keySet(),
                    Suggest.didYouMean(name, measures.keySet()));
            return m.clone();
        }

        @Override
        public int[] distOffsets() {
            return distOffsets.clone();
        }

        @Override
        public int[] distDays() {
            return distDays.clone();
        }

        @Override
        public long[] distCounts() {
            return distCounts.clone();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Parts p)) {
                return false;
            }
            if (!(kind.equals(p.kind) && units == p.units && periods.equals(p.periods) && width == p.width
                    && detail == p.detail && rolledUp == p.rolledUp && measures.keySet().equals(p.measures.keySet())
                    && Arrays.equals(distOffsets, p.distOffsets) && Arrays.equals(distDays, p.distDays)
                    && Arrays.equals(distCounts, p.distCounts))) {
                return false;
            }
            return measures.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), p.measures.get(e.getKey())));
        }

        @Override
        public int hashCode() {
            int h = Objects.hash(kind, units, periods, width, detail, rolledUp, measures.keySet());
            for (long[] m : measures.values()) {
                h = 31 * h + Arrays.hashCode(m);
            }
            return 31 * h + Arrays.hashCode(distCounts);
        }

        /** A bounded summary, e.g. {@code Parts[incidents: 557 units × 2 periods × 18, detail, measures [COUNT, ...], 1,234 distribution entries]}. */
        @Override
        public String toString() {
            return "Parts[" + kind + ": " + units + " units × " + periods.size() + " periods × " + width
                    + (detail ? ", detail" : ", counts only") + (rolledUp ? ", rolled up" : "") + ", measures "
                    + measures.keySet() + ", " + distDays.length + " distribution entries]";
        }
    }
}
