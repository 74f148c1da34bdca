package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.aggregate.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path of plain CSV record files ({@link PlainCsv}) changes nothing but speed: every
 * directory here is read with it and without it ({@link DatasetReader#readColumnar(Path,
 * ReadOptions, boolean)}), strictly and leniently, and the two readings give the same report —
 * file summaries, problems, rejected rows, in order — and the same column stores, row by row.
 * The cases mix canonical rows, which the fast path takes, with every kind of row it must hand to
 * the general path.
 */
final class PlainCsvDifferentialTest {
    private static final ReadOptions STRICT = ReadOptions.defaults();
    /** Dates far apart, for the delays a store cannot hold and for dates outside the default window. */
    private static final ReadOptions WIDE = STRICT.withDateWindow(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31));
    /** Every column of an incidents file, grid and coordinates too. */
    static final String FULL_HEADER = "id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,"
            + "recovered,source,grid,latitude,longitude,crs,address\n";
    static final String DISPUTE_HEADER = "id,unit,type,received_on,status,closed_on,amount,source,mediator\n";
    static final String OUTREACH_HEADER = "id,unit,type,held_on,staff,volunteers,audience,households,hazards_found,"
            + "hazards_fixed,leads,frauds_stopped,loss_avoided\n";
    private static final String[] UNITS = {"330101001", "330101002"};
    private static final String[] CATEGORIES = {"theft", "burglary", "fraud", "telecom_fraud", "assault", "gambling",
        "traffic_accident", "other"};
    private static final String[] SOURCES = {"", "call", "walk_in", "online", "patrol"};
    private static final String[] AMOUNTS = {"", "", "0", "1150", "1150.5", "1150.50", "99.99", "0.01", "20000"};
    private static final String[] FLAGS = {"", "true", "false"};
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

    @TempDir
    Path dir;

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    // ---- the comparison -------------------------------------------------------------------

    /**
     * Reads the directory with and without the fast path, strictly and leniently, and asserts
     * the same outcome each way; returns the lenient reading with the fast path.
     */
    private ColumnarReadResult assertSameOutcome(ReadOptions options) {
        assertSame(options.asStrict());
        return assertSame(options.asLenient());
    }

    private ColumnarReadResult assertSame(ReadOptions options) {
        ColumnarReadResult fast = DatasetReader.readColumnar(dir, options, true);
        ColumnarReadResult general = DatasetReader.readColumnar(dir, options, false);
        String how = options.lenient() ? "lenient" : "strict";
        assertThat(fast.report().files()).as(how).isEqualTo(general.report().files());
        assertThat(fast.report().problems()).as(how).containsExactlyElementsOf(general.report().problems());
        assertThat(fast.report().rejected()).as(how).containsExactlyElementsOf(general.report().rejected());
        assertThat(fast.report()).as(how).isEqualTo(general.report());
        assertThat(fast.data().isPresent()).as(how).isEqualTo(general.data().isPresent());
        if (fast.data().isPresent()) {
            ColumnarDataset a = fast.data().get();
            ColumnarDataset b = general.data().get();
            assertThat(incidents(a.incidents())).as(how).containsExactlyElementsOf(incidents(b.incidents()));
            assertThat(records(a.disputes(), "status", "close_delay")).as(how)
                    .containsExactlyElementsOf(records(b.disputes(), "status", "close_delay"));
            String[] outreach = {"staff", "volunteers", "audience", "households", "hazards_found", "hazards_fixed",
                "leads", "frauds_stopped"};
            assertThat(records(a.outreach(), outreach)).as(how).containsExactlyElementsOf(records(b.outreach(), outreach));
        }
        ReadTestSupport.assertBooksBalance(new ReadResult(fast.report(), java.util.Optional.empty()));
        return fast;
    }

    /** Every row of an incident store as text: every column it has. */
    private static List<String> incidents(IncidentStore s) {
        List<String> rows = new ArrayList<>(s.size());
        for (int r = 0; r < s.size(); r++) {
            rows.add(s.unit(r) + "|" + s.day(r) + "|" + s.category(r) + "|" + s.criminal(r) + "|" + s.repeatCall(r)
                    + "|" + s.clearDelay(r) + "|" + s.lossFen(r) + "|" + s.recoveredFen(r) + "|" + s.minuteOfDay(r)
                    + "|" + s.reportingDelayMinutes(r) + "|" + (s.hasCoordinates(r) ? s.coordinates(r) : "-")
                    + "|" + s.crs(r));
        }
        return rows;
    }

    /** Every row of a dispute or outreach store as text: unit, type, day, amount and {@code columns}. */
    private static List<String> records(RecordStore<?> s, String... columns) {
        List<String> rows = new ArrayList<>(s.size());
        for (int r = 0; r < s.size(); r++) {
            StringBuilder b = new StringBuilder().append(s.unit(r)).append('|').append(s.type(r)).append('|')
                    .append(s.day(r)).append('|').append(s.amount(r));
            for (String c : columns) {
                b.append('|').append(s.value(c, r));
            }
            rows.add(b.toString());
        }
        return rows;
    }

    private boolean isPlain(String file) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve(file), StandardOpenOption.READ)) {
            return PlainScan.scan(channel, 2, -1).isPresent();
        }
    }

    // ---- canonical rows -------------------------------------------------------------------

    /** The fields of a canonical incident row with id {@code I<n>}, all 16 columns. */
    private static String[] incident(Random random, int n) {
        LocalDate occurred = FIRST.plusDays(random.nextInt(2_500));
        String reported = "";
        String cleared = "";
        int reportDays = random.nextInt(3);
        if (random.nextBoolean()) {
            reported = occurred.plusDays(reportDays).toString();
        }
        if (random.nextInt(3) == 0) {
            cleared = occurred.plusDays(reportDays + random.nextInt(400)).toString();
        }
        return new String[] {"I" + n, pick(random, UNITS), pick(random, CATEGORIES), occurred.toString(), reported,
            cleared, pick(random, FLAGS), pick(random, FLAGS), pick(random, AMOUNTS), pick(random, AMOUNTS),
            pick(random, SOURCES), "", "", "", "", random.nextInt(4) == 0 ? "西湖路" + n + "号" : ""};
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String line(String[] fields) {
        return String.join(",", fields) + "\n";
    }

    /** {@code rows} canonical incidents, I1 to I{@code rows}, under the full header. */
    private static String canonicalIncidents(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(FULL_HEADER);
        for (int n = 1; n <= rows; n++) {
            b.append(line(incident(random, n)));
        }
        return b.toString();
    }

    private static String[] dispute(Random random, int n) {
        LocalDate received = FIRST.plusDays(random.nextInt(2_500));
        boolean open = random.nextBoolean();
        return new String[] {"D" + n, pick(random, UNITS), pick(random, new String[] {"neighbour", "family", "land"}),
            received.toString(), open ? "open" : pick(random, new String[] {"resolved", "failed", "referred"}),
            open ? "" : received.plusDays(random.nextInt(90)).toString(), pick(random, AMOUNTS), "", ""};
    }

    private static String[] outreach(Random random, int n) {
        int found = random.nextInt(20);
        return new String[] {"O" + n, pick(random, UNITS), pick(random, new String[] {"anti_fraud", "visit", "patrol"}),
            FIRST.plusDays(random.nextInt(2_500)).toString(), String.valueOf(random.nextInt(10)), "",
            String.valueOf(random.nextInt(300)), "", String.valueOf(found), String.valueOf(random.nextInt(found + 1)),
            "", "0", pick(random, AMOUNTS)};
    }

    private void writeOtherKinds(int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder d = new StringBuilder(DISPUTE_HEADER);
        StringBuilder o = new StringBuilder(OUTREACH_HEADER);
        for (int n = 1; n <= rows; n++) {
            d.append(line(dispute(random, n)));
            o.append(line(outreach(random, n)));
        }
        write("disputes.csv", d.toString());
        write("outreach.csv", o.toString());
    }

    @Test
    void cleanCanonicalRows_sameOutcome_andTheFilesArePlain() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        write("incidents.csv", canonicalIncidents(3_000, 1));
        writeOtherKinds(1_000, 2);

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(isPlain("disputes.csv")).isTrue();
        assertThat(isPlain("outreach.csv")).isTrue();
        assertThat(result.report().isClean()).as(result.report().problems().toString()).isTrue();
        assertThat(result.report().file("incidents.csv").accepted()).isEqualTo(3_000);
        ColumnarDataset data = DatasetReader.readColumnar(dir, STRICT, true).data().orElseThrow();
        assertThat(data.incidents().size()).isEqualTo(3_000);
        assertThat(data.disputes().size()).isEqualTo(1_000);
        assertThat(data.outreach().size()).isEqualTo(1_000);
        assertThat(fastPathCounts("incidents.csv", data)).containsExactly(3_000L, 0L);
    }

    /**
     * The rows of incidents file {@code file} that the fast path itself accepts and that it hands
     * to the general path, read by {@link PlainCsv#read} with {@link PlainIncidents}.
     */
    private long[] fastPathCounts(String file, ColumnarDataset data) throws IOException {
        long[] counts = new long[2];
        try (FileChannel channel = FileChannel.open(dir.resolve(file), StandardOpenOption.READ)) {
            PlainCsv.Header header = PlainCsv.header(channel).orElseThrow();
            List<Problem> problems = new ArrayList<>();
            int[] positions = Schema.INCIDENTS.map(header.fields(), problems, file, header.line());
            assertThat(problems).isEmpty();
            PlainIncidents kind = new PlainIncidents(PlainRecords.unitKeys(data.tree()), data.taxonomy(), new IdIndex(),
                    IncidentStore.builder(data.tree(), data.taxonomy()));
            PlainScan.Ids ids = PlainScan.scan(channel, 2, positions[Schema.INCIDENTS.column("id")]).orElseThrow();
            PlainCsv.read(channel, header.bodyStart(), header.bodyLine(), header.fields().size(), ids.quoted(),
                    kind.bind(positions, RowContext.of(Schema.INCIDENTS, file, positions, STRICT), ids),
                    new PlainCsv.Sink() {
                        @Override
                        public void accepted() {
                            counts[0]++;
                        }

                        @Override
                        public void general(List<String> fields, long line) {
                            counts[1]++;
                        }
                    }, 2);
        }
        return counts;
    }

    @Test
    void shortHeader_canonicalRows_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER
                + "I1,330101001,theft,2024-03-18,2024-03-18,2024-04-01,true,false,1150.5,100,call\n"
                + "I2,330101002,fraud,2024-03-19,,,,,,,\n"
                + "I3,330101001,gambling,2024-03-20,2024-03-21,,false,true,0,0,online\n");
        write("outreach.csv", "id,unit,type,held_on\nO1,330101001,visit,2024-03-18\n");

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.report().isClean()).isTrue();
        assertThat(result.data().orElseThrow().incidents().size()).isEqualTo(3);
    }

    // ---- every deviation ------------------------------------------------------------------

    /** Replaces field {@code column} (of {@link #FULL_HEADER}) of a canonical row with {@code value}. */
    private static String[] with(String[] fields, int column, String value) {
        String[] copy = fields.clone();
        copy[column] = value;
        return copy;
    }

    private static final int ID = 0, UNIT = 1, CATEGORY = 2, OCCURRED = 3, REPORTED = 4, CLEARED = 5, CRIMINAL = 6,
            REPEAT = 7, LOSS = 8, RECOVERED = 9, SOURCE = 10, GRID = 11, LATITUDE = 12, LONGITUDE = 13, CRS = 14;

    /** Each deviation a field may have, by column; {@code ?} in a text stands for the row's number. */
    private static final String[][] DEVIATIONS = {
        /* id */ {" I?", "I? ", "I\u0000?", "\uFEFFI?", "案件?", "é?", "", " ", "I?\u007F", "I ?"},
        /* unit */ {" 330101001", "330101001 ", "西溪社区", "灵隐村", "999999", "", "330101", "3301", "33", "北山街道"},
        /* category */ {"盗窃", "THEFT", "Theft", "诈骗", "nonsense", "", " theft", "盗窃案"},
        /* occurred_on */ {"2024/03/18", "2024-3-8", "2024-03-18 14:05", "2024-03-18T14:05:00", "5000-01-01",
            "1900-01-01", "2023-02-29", "", " 2024-03-18", "20240318", "2024年3月18日", "2024-03-18 25:00", "18/03/2024"},
        /* reported_on */ {"2018-12-31", "2024-03-18 14:05", "2024/03/19", "5000-01-01", "bad", "2099-01-01"},
        /* cleared_on */ {"2018-12-31", "2024/03/18", "2024-03-18 14:05", "5000-01-01", "bad", "2026-01-01"},
        /* criminal */ {"TRUE", "是", " true", "1", "0", "maybe", "否", "False", "yes", "N"},
        /* repeat_call */ {"TRUE", "是", "true ", "1", "maybe", "no"},
        /* loss */ {"1150.123", "1,150", "-5", "007", " 1150", "1e3", "1000000000000.01", "1150.100", "+5",
            "0.001", "00", "-0", "1150.", ".5", "1000000000000", "999999999999.99", "1000000000000000", "abc"},
        /* recovered */ {"1150.123", "1,150", "-5", "007", "1150 ", "1000000000000.01", "0.00", "1.000"},
        /* source */ {"CALL", "报警电话", "bogus", " call", "Walk_In"},
        /* grid */ {"330101001", "330101", "nope"},
        /* latitude */ {"30.25", "-91", "abc"},
        /* longitude */ {"120.15", "181"},
        /* crs */ {"gcj02", "wgs84", "bogus"},
        /* address */ {"西湖路1号", " "},
    };

    /** A canonical row of number {@code n} with field {@code column} replaced by deviation {@code k}. */
    private static String[] deviant(Random random, int n, int column, int k) {
        String[] fields = incident(random, n);
        String value = DEVIATIONS[column][k].replace("?", String.valueOf(n));
        if (column == LATITUDE) {
            fields[LONGITUDE] = "120.15";   // coordinates come in pairs: a good pair, and bad ones
        }
        return with(fields, column, value);
    }

    @Test
    void everyDeviation_mixedWithCanonicalRows_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        Random random = new Random(3);
        StringBuilder b = new StringBuilder(FULL_HEADER);
        int n = 1;
        for (int column = 0; column < DEVIATIONS.length; column++) {
            for (int k = 0; k < DEVIATIONS[column].length; k++) {
                b.append(line(incident(random, n++)));
                b.append(line(deviant(random, n++, column, k)));
            }
        }
        // reported after cleared: a warning, and the row is kept
        b.append(line(with(with(incident(random, n++), REPORTED, "2024-03-20"), CLEARED, "2024-03-19")))
                .append(line(with(with(with(incident(random, n++), OCCURRED, "2024-03-18"), REPORTED, "2024-03-20"),
                        CLEARED, "2024-03-19")));
        // reported and cleared before occurred
        b.append(line(with(with(incident(random, n++), OCCURRED, "2024-03-18"), REPORTED, "2024-03-17")))
                .append(line(with(with(incident(random, n++), OCCURRED, "2024-03-18"), CLEARED, "2024-03-17")));
        // an empty category with criminal empty, and a category with criminal given against its default
        b.append(line(with(with(incident(random, n++), CATEGORY, "gambling"), CRIMINAL, "true")))
                .append(line(with(with(incident(random, n++), CATEGORY, "theft"), CRIMINAL, "false")));
        b.append(line(incident(random, n++)));
        write("incidents.csv", b.toString());

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.report().file("incidents.csv").accepted()).isGreaterThan(n / 2);
        assertThat(result.report().file("incidents.csv").rejected()).isGreaterThan(50);
        assertThat(result.report().warnings()).isNotEmpty();
        long[] counts = fastPathCounts("incidents.csv", result.data().orElseThrow());
        assertThat(counts[0] + counts[1]).isEqualTo(n - 1);
        assertThat(counts[0]).isGreaterThan(n / 2).isLessThanOrEqualTo(result.report().file("incidents.csv").accepted());
    }

    @Test
    void clearedFurtherThanAStoreHolds_andDatesOutsideTheWindow_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER
                + "I1,330101001,theft,2024-03-18,,,,,,,\n"
                + "I2,330101001,theft,1900-01-01,,2080-03-18,,,,,\n"       // 65,534 + days later
                + "I3,330101001,theft,1900-01-01,,2079-06-05,,,,,\n"       // just within
                + "I4,330101001,theft,1900-01-01,,2079-06-06,,,,,\n"
                + "I5,330101001,theft,0999-12-31,,,,,,,\n"
                + "I6,330101001,theft,5000-01-01,,,,,,,\n"
                + "I7,330101001,theft,9999-12-31,,,,,,,\n"
                + "I8,330101001,theft,1000-01-01,,,,,,,\n"
                + "I9,330101001,theft,2024-03-18,1900-01-01,,,,,,\n");

        assertSameOutcome(WIDE);
        assertSameOutcome(STRICT);
        assertSameOutcome(STRICT.withDateWindow(LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 18)));
    }

    @Test
    void yearsBelow1000_inAWindowReachingThem_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER
                + "I1,330101001,theft,0501-01-01,,,,,,,\n"
                + "I2,330101001,theft,0500-06-15,,,,,,,\n");

        assertSameOutcome(STRICT.withDateWindow(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)));
    }

    // ---- ids ------------------------------------------------------------------------------

    @Test
    void duplicateIds_whicheverPathEachCopyTakes_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String plain = "330101001,theft,2024-03-18,,,,,,,\n";
        String slow = "330101001,theft,2024/03/18,,,TRUE,,,,\n";
        String bad = "330101001,theft,2024-02-30,,,,,,,\n";   // rejected: claims no id
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER
                + "A1," + plain + "A1," + plain               // plain, then plain
                + "B1," + slow + "B1," + plain                // slow, then plain
                + "C1," + plain + "C1," + slow                // plain, then slow
                + "D1," + slow + "D1," + slow                 // slow, then slow
                + "E1," + bad + "E1," + plain + "E1," + slow  // a bad row first: the second is the first use
                + " F1," + plain + "F1," + plain              // a padded id is the same id
                + "G1," + plain + "g1," + plain               // ids are case-sensitive
                + "AaAa," + plain + "BBBB," + plain           // equal String hashes, distinct ids
                + "A1," + plain);

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        // A1 twice, B1, C1, D1, E1 (its third row), F1: the problems of one id repeat as one
        assertThat(result.report().rejected()).filteredOn(r -> r.problems().get(0).reason().startsWith("duplicate id"))
                .extracting(RejectedRow::line).containsExactly(3L, 5L, 7L, 9L, 12L, 14L, 19L);
    }

    /**
     * Times of day on the fast path ({@code 2024-03-18 14:05}, {@code T}, seconds): the minute
     * and the reporting delay the store keeps, reported before occurred to the second, and every
     * spelling the fast path leaves to the general one — the store's times are compared too.
     */
    @Test
    void timesOfDay_theirRulesAndEverySpelling_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String[][] rows = {
            {"2024-03-18 14:05", "2024-03-18 14:35", ""},          // 30 minutes
            {"2024-03-18T14:05:30", "2024-03-19T08:00:00", "2024-03-20 09:00"},
            {"2024-03-18 14:05:30", "2024-03-18 14:05:29", ""},    // reported a second before: an error
            {"2024-03-18 14:05:30", "2024-03-18 14:05:30", ""},    // the same second
            {"2024-03-18 14:05", "2024-03-18", ""},                // a time on one side only: no delay
            {"2024-03-18", "2024-03-18 09:00", ""},
            {"2024-03-18 23:59:59", "2024-03-19 00:00", "2024-03-19 00:00:00"},
            {"2024-03-18 24:00", "", ""}, {"2024-03-18 14:60", "", ""}, {"2024-03-18 14:05:60", "", ""},
            {"2024-03-18 9:05", "", ""}, {"2024-03-18  14:05", "", ""}, {"2024-03-18 14:05:00.5", "", ""},
            {"2024-03-18 14:05:", "", ""}, {"2024-03-18X14:05", "", ""}, {"2024-03-18 14时05分", "", ""},
            {"2024-03-18 14:05", "", "2024-03-18 25:00"}, {"2024-03-18 14:05", "2024-03-17 23:00", ""},
            {"2024-03-18 14:05", "2024-04-18 14:05", "2024-04-01 10:00"},   // reported after cleared: a warning
            {"2024-02-29 00:00", "2024-12-31 23:59", ""},          // a delay past what the store holds: saturates
        };
        StringBuilder text = new StringBuilder(DatasetReaderTest.INCIDENT_HEADER);
        for (int i = 0; i < rows.length; i++) {
            text.append("T").append(i).append(",330101001,theft,").append(rows[i][0]).append(',').append(rows[i][1])
                    .append(',').append(rows[i][2]).append(",,,,,\n");
        }
        write("incidents.csv", text.toString());

        ColumnarReadResult lenient = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(lenient.report().rejected()).isNotEmpty();
        assertThat(lenient.data().orElseThrow().incidents().size()).isGreaterThan(5);
        assertThat(lenient.data().orElseThrow().incidents().hasTimes()).isTrue();
        assertThat(lenient.data().orElseThrow().incidents().hasReportingDelays()).isTrue();
        // rows 0, 1, 3, 4, 5, 6, 19 and — since the fast path reads every time form the general one does
        // — 10 (9:05), 11 (two spaces), 12 (a fraction of a second) and 15 (14时05分) are taken by the fast
        // path itself, times and all
        assertThat(fastPathCounts("incidents.csv", lenient.data().orElseThrow())).containsExactly(11L, 9L);
    }

    /**
     * Every time of day {@code FieldValues.dateTime} reads — an hour of one digit ({@code 9:05}),
     * a fraction of a second, {@code 14时05分} with or without seconds and with {@code 点} for
     * {@code 时}, after a space, a {@code T}, more spaces, or nothing after {@code 日} — in every
     * record kind: the fast path takes them with the general path's values, and every near miss
     * goes to the general path for its message.
     */
    @Test
    void oneDigitHoursAndChineseTimes_takeTheFastPath_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String[][] taken = {
            {"2024-03-18 9:05", "2024-03-18 9:35", ""},
            {"2024-03-18 9:05:07", "2024-03-18 09:05:07", "2024-03-19 0:00"},
            {"2024/3/18 9:05", "2024/3/19 14:05:00.000", ""},
            {"20240318 9:05", "", "2024-03-20 23:59:59.999"},
            {"2024年3月18日14时05分", "2024年3月18日14时35分", ""},
            {"2024年3月18日 14时05分30秒", "2024年3月18日 14时5分31秒", "2024年3月19日"},
            {"2024年3月18日T14时5分", "2024年3月18日14:05", ""},
            {"2024-03-18 14时05分", "2024-03-18T14点06分", ""},
            {"2024-03-18T9点5分", "2024-03-18 9时5分5秒", "2024年3月19日 8时00分"},
            {"2024-03-18  14:05", "2024-03-18   14时05分", ""},
            {"2024年3月18日  9:05", "", ""},
            {"2024-3-8 0时0分0秒", "2024-3-8 23时59分59秒", ""},
        };
        String[][] diverted = {
            {"2024-03-18 9:5", "", ""}, {"2024-03-18 24时00分", "", ""}, {"2024-03-18 14时60分", "", ""},
            {"2024-03-18 14时05", "", ""}, {"2024-03-18 14时05分30", "", ""}, {"2024-03-18 14时05分60秒", "", ""},
            {"2024-03-18 123:05", "", ""}, {"2024-03-18 14:05:00.", "", ""}, {"2024-03-18 T14:05", "", ""},
            {"2024-03-18 14\uFF1A05", "", ""}, {"2024-03-18\t14:05", "", ""}, {"2024-03-18 1 4:05", "", ""},
            {"2024-03-1814时05分", "", ""}, {"2024-03-18日14时05分", "", ""}, {"2024年3月18日14时", "", ""},
            {"2024年3月18日14时05分 ", "", ""}, {"2024-03-18 14时005分", "", ""}, {"2024-03-18 14时05分005秒", "", ""},
            {"2024-03-18 14時05分", "", ""}, {"2024-03-18 9:05", "2024-03-18 9:04:59", ""},
            {"2024-03-18 14时05分", "2024-03-18 14时04分", ""}, {"2024-03-18 9:05", "", "2024-03-18 24:00"},
            {"2024-03-18 \u300014:05", "", ""}, {"2024-03-18 14:05:30.5x", "", ""}, {"2024-03-18 14:05 ", "", ""},
        };
        StringBuilder incidents = new StringBuilder(DatasetReaderTest.INCIDENT_HEADER);
        StringBuilder disputes = new StringBuilder(DISPUTE_HEADER);
        StringBuilder outreach = new StringBuilder(OUTREACH_HEADER);
        int n = 0;
        for (String[][] rows : List.of(taken, diverted)) {
            for (String[] row : rows) {
                String[] times = row;
                incidents.append("T").append(n).append(",330101001,theft,").append(times[0]).append(',')
                        .append(times[1]).append(',').append(times[2]).append(",,,,,\n");
                disputes.append("D").append(n).append(",330101001,neighbour,").append(times[0]).append(',')
                        .append(times[2].isEmpty() ? "open," : "resolved," + times[2]).append(",,,\n");
                outreach.append("O").append(n).append(",330101001,visit,").append(times[0])
                        .append(",1,,30,,0,0,,0,\n");
                n++;
            }
        }
        write("incidents.csv", incidents.toString());
        write("disputes.csv", disputes.toString());
        write("outreach.csv", outreach.toString());

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.data().orElseThrow().incidents().hasTimes()).isTrue();
        assertThat(result.data().orElseThrow().incidents().hasReportingDelays()).isTrue();
        assertThat(fastPathCounts("incidents.csv", result.data().orElseThrow()))
                .containsExactly((long) taken.length, (long) diverted.length);
    }

    /**
     * A whole export with its times of day in every form the general path reads — one-digit
     * hours, Chinese times, fractions of a second — is read on the fast path row for row.
     */
    @Test
    void anExportOfOtherTimeForms_isReadWhollyOnTheFastPath() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        Random random = new Random(11);
        StringBuilder b = new StringBuilder(FULL_HEADER);
        for (int n = 1; n <= 3_000; n++) {
            String[] fields = incident(random, n);
            int hour = random.nextInt(24);
            int minute = random.nextInt(60);
            LocalDate day = LocalDate.parse(fields[OCCURRED]);
            fields[OCCURRED] = switch (n % 4) {
                case 0 -> fields[OCCURRED] + " " + hour + ":" + String.format("%02d", minute);
                case 1 -> day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日" + hour + "时"
                        + minute + "分";
                case 2 -> fields[OCCURRED] + " " + hour + "时" + minute + "分" + random.nextInt(60) + "秒";
                default -> fields[OCCURRED] + "T" + String.format("%02d:%02d:00.000", hour, minute);
            };
            fields[REPORTED] = "";
            b.append(line(fields));
        }
        write("incidents.csv", b.toString());

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.report().file("incidents.csv").accepted()).isEqualTo(3_000);
        assertThat(fastPathCounts("incidents.csv", result.data().orElseThrow())).containsExactly(3_000L, 0L);
    }

    /**
     * The fast path looks up only the ids whose trimmed text more than one row has: a copy that
     * differs in the spaces around it — ASCII, a tab, an ideographic space (U+3000), which
     * {@code String.strip()} trims — must still be found, before or after the plain copy.
     */
    @Test
    void duplicateIds_thatDifferOnlyInSpacesAround_areFoundEitherWay() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String plain = ",330101001,theft,2024-03-18,,,,,,,\n";
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER
                + "P1" + plain + " P1 " + plain             // plain, then padded
                + "\tP2" + plain + "P2" + plain             // padded with a tab, then plain
                + "P3\u3000" + plain + "P3" + plain         // an ideographic space, then plain
                + "P4" + plain + "\u3000P4" + plain
                + "P5" + plain + "P5\u00A0" + plain);       // a no-break space is not trimmed: distinct ids

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.report().rejected()).filteredOn(r -> r.problems().get(0).reason().startsWith("duplicate id"))
                .extracting(RejectedRow::line).containsExactly(3L, 5L, 7L, 9L);
    }

    @Test
    void idsWithControlCharactersByteOrderMarksAndOtherScripts_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String rest = ",330101001,theft,2024-03-18,,,,,,,\n";
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER
                + "I\u00001" + rest + "I1" + rest + "\uFEFFI2" + rest + "I2" + rest + "案件3" + rest + "案件3" + rest
                + "I\u00854" + rest + "Ié5" + rest + "Ie5" + rest + "I\t6" + rest + "I~6" + rest);

        assertSameOutcome(STRICT);
        assertThat(isPlain("incidents.csv")).isTrue();
    }

    // ---- the shape of a file --------------------------------------------------------------

    @Test
    void blankLinesCrlfAByteOrderMarkAndNoFinalNewline_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String row = ",330101001,theft,2024-03-18,,,,,,,";
        write("incidents.csv", "\uFEFF\r\n\n" + DatasetReaderTest.INCIDENT_HEADER.replace("\n", "\r\n")
                + "I1" + row + "\r\n"
                + "\r\n\n"
                + "I2" + row + "\n"
                + "   \n"                            // a line of only spaces: one field
                + "I3" + row + ",extra\n"            // too many fields
                + "I4,330101001,theft,2024-03-18\n"  // too few
                + ",,,,,,,,,,\n"                     // empty required fields
                + ",\n"
                + "I5" + row + "\r\n"
                + "I6" + row);                       // no final newline

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.report().file("incidents.csv").accepted()).isEqualTo(4);
    }

    @Test
    void headerOnly_emptyFile_andBlankFile_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER.strip());
        write("disputes.csv", "");
        write("outreach.csv", "\n\r\n\n");

        assertSameOutcome(STRICT);
    }

    /** {@code "a","b"}: every field of the line quoted, as many exports write them. */
    private static String quotedLine(String[] fields) {
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < fields.length; f++) {
            b.append(f == 0 ? "" : ",").append('"').append(fields[f]).append('"');
        }
        return b.append('\n').toString();
    }

    /**
     * Quotes around whole fields — every field, some, empty ones, a comma or a space inside, a
     * quoted header — keep the file plain: the fast path takes the rows, and the outcome is the
     * general path's.
     */
    @Test
    void quotedWholeFields_takeTheFastPath_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(quotedLine(FULL_HEADER.strip().split(",", -1)));
        for (int n = 1; n <= 3_000; n++) {
            String[] fields = incident(random, n);
            if (n % 3 == 0) {
                fields[15] = "\"西湖路" + n + "号,二楼\"";                     // a comma inside quotes
            }
            String[] unquoted = fields.clone();
            unquoted[15] = unquoted[15].replace("\"", "");
            text.append(n % 2 == 0 ? quotedLine(unquoted) : line(fields).replace("I" + n + ",", "\"I" + n + "\","));
        }
        text.append("\"I9001\",\" 330101001\",theft,2024-03-18,\"\",,,,,,,,,,,\n");   // a space inside: general
        text.append("\"\",330101001,theft,2024-03-18,,,,,,,,,,,,\n");                // an empty quoted id: general
        write("incidents.csv", text.toString());

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.report().file("incidents.csv").rowsRead()).isEqualTo(3_002);
        assertThat(fastPathCounts("incidents.csv", result.data().orElseThrow())).containsExactly(3_000L, 2L);
    }

    /**
     * Labels, synonyms and unit names where the general path finds them by name — as exports
     * write them — and days with a time in every record kind: the fast path takes them, with the
     * general path's values; a name two units share, a synonym in other case, a label with a space
     * go to the general path.
     */
    @Test
    void labelsUnitNamesAndTimes_inEveryKind_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS + "330101003,西溪社区二,社区,330101,,,,\n");
        write("incidents.csv", DatasetReaderTest.INCIDENT_HEADER
                + "L1,西溪社区,盗窃,2024-03-18 09:30,2024-03-18 10:00,,,,,,报警电话\n"
                + "L2,灵隐村,theft,2024-03-18,,,是,,,,call\n"                    // 是: general
                + "L3,330101002,盗窃,2024-03-18,,2024-03-19 08:00:00,,,,,网上报警\n"
                + "L4,西溪社区 ,盗窃,2024-03-18,,,,,,,\n"                       // a space: general
                + "L5,北山街道,盗窃,2024-03-18,,,,,,,\n"
                + "L6,测试市,诈骗,2024-03-18,,,,,,,\n");
        write("disputes.csv", DISPUTE_HEADER
                + "M1,西溪社区,邻里纠纷,2024-03-18 14:12:00,调解成功,2024-03-20 09:00,288.00,排查,人民调解委员会\n"
                + "M2,灵隐村,家庭纠纷,2024-03-18,在办,,,,\n"                     // a synonym
                + "M3,330101001,NEIGHBOUR,2024-03-18,open,,,,\n"                 // another case: general
                + "M4,西溪社区,邻里纠纷,2024/03/18,在办,,,,\n"
                + "M5,西溪社区,邻里纠纷,2022/8/31 14:12:00,调解成功,2022年9月8日,,,\n"   // an export's dates
                + "M6,西溪社区,邻里纠纷,2022/8/31  14:12:00,在办,,,,\n"               // two spaces
                + "M7,西溪社区,邻里纠纷,2022年9月8日14时12分,在办,,,,\n"              // a Chinese time
                + "M8,西溪社区,邻里纠纷,20220831,调解成功,2022-9-8 9:05,,,\n");       // a one-digit hour
        write("outreach.csv", OUTREACH_HEADER
                + "O1,灵隐村," + "法治宣传" + ",2023-12-18 14:30,1,4,58,0,0,0,0,0,\n"
                + "O2,西溪社区,legal_education,2023-12-18,1,4,58,0,0,0,0,0,\n");

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(fastPathCounts("incidents.csv", result.data().orElseThrow())).containsExactly(4L, 2L);
        assertThat(result.data().orElseThrow().disputes().size()).isEqualTo(8);
        assertThat(result.data().orElseThrow().outreach().size()).isEqualTo(2);
    }

    /**
     * Quoting a plain file does not have — a line break inside, text after the closing quote, a
     * quote left open at the end — sends the whole file to the general path, whose parser has its
     * own rules and messages for them. (A doubled quote inside used to be one of them: it now keeps
     * the file plain, {@link #doubledQuotesInsideQuotedFields_keepTheFileOnTheFastPath_sameOutcome}.)
     */
    @Test
    void quotingBeyondWholeFields_theWholeFileTakesTheGeneralPath_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String rows = canonicalIncidents(500, 8);
        List<String> oddities = List.of(
                "\"I9002\",330101001,theft,2024-03-18,,,,,,,,,,,,\"西湖路\n1号\"\n",       // a line break inside
                "\"I9003\"x,330101001,theft,2024-03-18,,,,,,,,,,,,\n",                    // text after the quote
                "\"I9004,330101001,theft,2024-03-18,,,,,,,,,,,,\n");                        // never closed
        for (String odd : oddities) {
            write("incidents.csv", rows + odd + "I9999,330101001,theft,2024-03-18,,,,,,,,,,,,\n");

            assertSameOutcome(STRICT);

            assertThat(isPlain("incidents.csv")).as(odd).isFalse();
        }
    }

    /**
     * Doubled quotes inside quoted fields ({@code "西湖路""1""号"}, as exports quote a quote) keep
     * the file plain: a row whose doubled quotes are in a column the fast path does not read (an
     * address) is taken there; one whose id, unit, category or date has them goes to the general
     * path, which unquotes them — so a unit named with a quote, or one whose name is another's
     * with its quote doubled, is found as the general path finds it, and an id with a quote is
     * told apart from the same id without.
     */
    @Test
    void doubledQuotesInsideQuotedFields_keepTheFileOnTheFastPath_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS
                + "330101003,\"西溪\"\"二\"\"社区\",社区,330101,,,,\n"     // 西溪"二"社区
                + "330101004,\"灵隐\"\"\"村\",村,330101,,,,\n"               // 灵隐""村
                + "330101005,\"灵隐\"\"村\",村,330101,,,,\n");                // 灵隐"村
        Random random = new Random(9);
        StringBuilder text = new StringBuilder(quotedLine(FULL_HEADER.strip().split(",", -1)));
        int quoted = 0;
        for (int n = 1; n <= 3_000; n++) {
            String[] fields = incident(random, n);
            if (n % 50 == 0 || n % 50 == 25) {   // in quoted and unquoted lines
                fields[15] = "西湖路\"\"" + n + "\"\"号";   // an address with a doubled quote: still fast
                quoted++;
            }
            text.append(n % 2 == 0 ? quotedLine(fields)
                    : line(fields).replace("西湖路\"\"", "\"西湖路\"\"").replace("\"\"号", "\"\"号\""));
        }
        int fast = 3_000;
        String[] general = {
            "\"I9001\",\"西溪\"\"二\"\"社区\",theft,2024-03-18,,,,,,,,,,,,\"\"\"\"\n",   // a unit with quotes
            "\"I9002\",\"灵隐\"\"村\",theft,2024-03-18,,,,,,,,,,,,\n",           // 灵隐"村, not 灵隐""村
            "\"I9003\",\"灵隐\"\"\"\"村\",theft,2024-03-18,,,,,,,,,,,,\n",     // 灵隐""村
            "\"I\"\"9004\",330101001,theft,2024-03-18,,,,,,,,,,,,\n",             // an id with a quote
            "\"I\"\"9004\",330101001,theft,2024-03-18,,,,,,,,,,,,\n",             // twice: a duplicate
            "\"I9004\",330101001,theft,2024-03-18,,,,,,,,,,,,\n",                   // another id: fast
            "\"I9005\",330101001,\"theft\"\"\",2024-03-18,,,,,,,,,,,,\n",        // theft"
            "\"I9006\",330101001,theft,\"2024-03-18\"\"\",,,,,,,,,,,,\n",        // a date with a quote
            "\"I9007\",330101001,theft,2024-03-18,,,,,,,,,,,,\"\"\"\"\n",        // an address of one quote: fast
            "\"I9008\",330101001,theft,2024-03-18,,,,,,,,\"\"\"\"\"\",,,,\n",     // a grid of one quote
            "\"I9009\",330101001,theft,2024-03-18,,,,,,,,,,,,\"\"\n",              // an empty address: fast
        };
        for (String row : general) {
            text.append(row);
        }
        write("incidents.csv", text.toString());

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(quoted).isEqualTo(120);
        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(result.report().file("incidents.csv").rowsRead()).isEqualTo(3_000 + general.length);
        assertThat(fastPathCounts("incidents.csv", result.data().orElseThrow()))
                .containsExactly(fast + 3L, general.length - 3L);
        assertThat(result.report().rejected()).filteredOn(r -> r.problems().get(0).reason().startsWith("duplicate id"))
                .hasSize(1);
    }

    /** A file where only some rows quote a quote, and no field is quoted otherwise, is plain too. */
    @Test
    void aDoubledQuoteInAnOtherwiseUnquotedFile_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String text = canonicalIncidents(2_000, 12);
        int at = text.indexOf("\nI1500,");
        write("incidents.csv", text.substring(0, at) + "\nI1999a,330101001,theft,2024-03-18,,,,,,,,,,,,\"他说\"\"快\"\"\"\n"
                + text.substring(at + 1));

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isTrue();
        assertThat(fastPathCounts("incidents.csv", result.data().orElseThrow())).containsExactly(2_001L, 0L);
    }

    /**
     * A byte-order mark before a quoted header — how spreadsheet programs save "CSV UTF-8" with
     * every field quoted — keeps the file plain; a byte-order mark at the start of a later line is
     * text of its first field, so a quote after it is inside that field and the file is not plain.
     */
    @Test
    void aByteOrderMarkBeforeAQuotedHeader_takesTheFastPath_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        Random random = new Random(10);
        StringBuilder body = new StringBuilder();
        for (int n = 1; n <= 2_000; n++) {
            body.append(quotedLine(incident(random, n)));
        }
        String header = quotedLine(FULL_HEADER.strip().split(",", -1));
        for (String start : List.of("\uFEFF", "\uFEFF\n", "\uFEFF\r\n\n")) {
            write("incidents.csv", start + header + body);

            ColumnarReadResult result = assertSameOutcome(STRICT);

            assertThat(isPlain("incidents.csv")).as(start).isTrue();
            assertThat(result.report().file("incidents.csv").accepted()).isEqualTo(2_000);
            assertThat(fastPathCounts("incidents.csv", result.data().orElseThrow())).containsExactly(2_000L, 0L);
        }
        write("incidents.csv", "\uFEFF" + header.replace("\r\n", "\n").replace("\n", "\r\n") + body.toString()
                .replace("\n", "\r\n"));
        assertSameOutcome(STRICT);
        assertThat(isPlain("incidents.csv")).isTrue();

        write("incidents.csv", "\uFEFF" + header + body + "\uFEFF\"I9001\",330101001,theft,2024-03-18,,,,,,,,,,,,\n");
        assertSameOutcome(STRICT);
        assertThat(isPlain("incidents.csv")).isFalse();
    }

    @Test
    void aQuoteInsideAField_theWholeFileTakesTheGeneralPath_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String text = canonicalIncidents(2_000, 4);
        int at = text.indexOf("\nI1500,");
        write("incidents.csv", text.substring(0, at) + "\nI\"q\"," + "330101001,theft,2024-03-18,,,,,,,,,,,,\n"
                + "\"I1999a\",330101001,theft,2024-03-18,,,,,,,,,,,,\"西湖路,1号\"\n" + text.substring(at + 1));

        ColumnarReadResult result = assertSameOutcome(STRICT);

        assertThat(isPlain("incidents.csv")).isFalse();
        assertThat(result.report().file("incidents.csv").rowsRead()).isEqualTo(2_002);
    }

    @Test
    void anInvalidUtf8Byte_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        byte[] text = canonicalIncidents(500, 5).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 1];
        int at = new String(text, StandardCharsets.UTF_8).indexOf("\nI300,") + 2;   // inside the id of I300
        System.arraycopy(text, 0, bad, 0, at);
        bad[at] = (byte) 0xFF;
        System.arraycopy(text, at, bad, at + 1, text.length - at);
        Files.write(dir.resolve("incidents.csv"), bad);

        assertSameOutcome(STRICT);
        assertThat(isPlain("incidents.csv")).isFalse();
        // and an overlong encoding, a surrogate in bytes, a sequence cut at the end of the file
        for (byte[] tail : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, new byte[] {(byte) 0xE4, (byte) 0xB8})) {
            byte[] withTail = java.util.Arrays.copyOf(text, text.length + tail.length);
            System.arraycopy(tail, 0, withTail, text.length, tail.length);
            Files.write(dir.resolve("incidents.csv"), withTail);
            assertSameOutcome(STRICT);
            assertThat(isPlain("incidents.csv")).isFalse();
        }
    }

    @Test
    void headersOfOtherShapes_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        String rows = "I1,330101001,theft,2024-03-18\nI2,330101002,fraud,2024-03-19\nI3,西溪社区,盗窃,2024/03/20\n";
        for (String header : List.of("id,unit,category,occurred_on,notes", "id,unit,category,occurred_on",
                "警情编号,所属单位,案件类别,发案时间", "ID, Unit ,Category,OCCURRED_ON", "\uFEFFid,unit,category,occurred_on",
                "id,unit,category,occurred_on,", "id,unit,unit,occurred_on", "id,unit,category", "unit,id,category,occurred_on")) {
            String body = header.endsWith(",") || header.contains("notes")
                    ? rows.replace("\n", ",x\n") : rows;
            write("incidents.csv", header + "\n" + body);
            assertSameOutcome(STRICT);
        }
    }

    // ---- totals ---------------------------------------------------------------------------

    @Test
    void amountTotalsPastALong_rejectTheSameRows() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        // 99,999,999,999,999 fen a row: Long.MAX_VALUE is passed at the 92,234th; short rows, so a chunk holds
        // more than 32,768 of them and grows
        StringBuilder b = new StringBuilder(DatasetReaderTest.INCIDENT_HEADER);
        for (int n = 1; n <= 92_300; n++) {
            b.append('I').append(n).append(",330101001,theft,2024-03-18,,,,,999999999999.99,")
                    .append(n % 1000 == 0 ? "999999999999.99" : "").append(",\n");
        }
        b.append("J1,330101001,theft,2024-03-18,,,,,1,,\n");           // fits under the total still
        b.append("J2,330101001,theft,2024-03-18,,,,,1000000,,\n");     // does not
        b.append("J3,330101001,theft,2024-03-18,,,,, 1,,\n");          // fits, by the general path
        b.append("J4,330101001,theft,2024-03-18,,,,,1000000000000.00,,\n");   // over a cell's limit
        write("incidents.csv", b.toString());

        // leniently only, to keep the test fast: the strict reading books the same rows, without the stores
        ColumnarReadResult result = assertSame(STRICT.asLenient());

        FileSummary incidents = result.report().file("incidents.csv");
        assertThat(incidents.rejected()).isBetween(60L, 80L);
        assertThat(incidents.accepted()).isGreaterThan(92_000L);
        assertThat(result.report().problems()).extracting(Problem::reason)
                .anyMatch(r -> r.contains("adds up to more than"));
    }

    // ---- many rows ------------------------------------------------------------------------

    @Test
    void sixtyThousandRows_aTenthDeviating_acrossChunks_sameOutcome() throws IOException {
        write("jurisdictions.csv", ReadTestSupport.JURISDICTIONS);
        Random random = new Random(20261206);
        StringBuilder b = new StringBuilder(FULL_HEADER);
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= 60_000; n++) {
            String[] fields;
            if (random.nextInt(10) != 0) {
                fields = incident(random, n);
            } else if (random.nextInt(15) == 0 && !ids.isEmpty()) {
                fields = with(incident(random, n), ID, ids.get(random.nextInt(ids.size())));   // a duplicate
            } else if (random.nextInt(15) == 0) {
                // a row of the wrong shape: too few or too many fields, a line of only spaces
                fields = switch (random.nextInt(3)) {
                    case 0 -> java.util.Arrays.copyOf(incident(random, n), 10);
                    case 1 -> java.util.Arrays.copyOf(incident(random, n), 17);
                    default -> new String[] {"   "};
                };
                if (fields.length == 17) {
                    fields[16] = "x";
                }
            } else {
                int column = random.nextInt(DEVIATIONS.length);
                fields = deviant(random, n, column, random.nextInt(DEVIATIONS[column].length));
            }
            ids.add(fields[0]);
            String row = String.join(",", fields);
            b.append(row).append(random.nextInt(20) == 0 ? "\r\n" : "\n");
            if (random.nextInt(200) == 0) {
                b.append(random.nextBoolean() ? "\n" : "\r\n");   // a blank line
            }
        }
        write("incidents.csv", b.toString());
        assertThat(b.length()).isGreaterThan(3 * (2 << 20) / 2);   // at least two chunks, rows across their ends

        StringBuilder d = new StringBuilder(DISPUTE_HEADER);
        StringBuilder o = new StringBuilder(OUTREACH_HEADER);
        String[] disputeDeviations = {"", " land", "LAND", "邻里纠纷", "nonsense", "resolved", "open", "2024/03/18",
            "1,000", "-1", "2099-01-01"};
        String[] outreachDeviations = {"", "-1", "3.0", "1.5", "3000000000", "ANTI_FRAUD", "反诈宣传", "2024/03/18", "x",
            "007"};
        for (int n = 1; n <= 30_000; n++) {
            String[] fd = dispute(random, n);
            String[] fo = outreach(random, n);
            if (random.nextInt(10) == 0) {
                fd[random.nextInt(fd.length)] = pick(random, disputeDeviations);
            }
            if (random.nextInt(10) == 0) {
                fo[random.nextInt(fo.length)] = pick(random, outreachDeviations);
            }
            if (random.nextInt(100) == 0) {
                fd[0] = "D" + (1 + random.nextInt(n));
                fo[0] = "O" + (1 + random.nextInt(n));
            }
            d.append(line(fd));
            o.append(line(fo));
        }
        write("disputes.csv", d.toString());
        write("outreach.csv", o.toString());

        // leniently only, to keep the test fast: the strict reading books the same rows, without the stores
        ColumnarReadResult result = assertSame(STRICT.asLenient());

        assertThat(isPlain("incidents.csv")).isTrue();
        FileSummary incidents = result.report().file("incidents.csv");
        assertThat(incidents.accepted()).isGreaterThan(50_000L);
        assertThat(incidents.rejected()).isGreaterThan(1_000L);
        assertThat(result.report().file("disputes.csv").accepted()).isGreaterThan(0L);
        assertThat(result.report().file("outreach.csv").accepted()).isGreaterThan(0L);
    }
}
