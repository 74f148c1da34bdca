package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte parsers of the fast path ({@link PlainFields}) against the general ones ({@link
 * FieldValues}), as properties over generated texts: whatever a byte parser accepts, the general
 * parser accepts with the same value; and {@link PlainCsv#plainBytes} against a strict UTF-8
 * decoder. Also that the canonical spellings are accepted, or the fast path would never be taken.
 */
final class PlainFieldsTest {
    /** What the generated texts are made of: digits weighted up, so that many are near a value. */
    private static final String ALPHABET = "01234567890123456789--..+ aZ,";
    private static final List<String> EDGE_CASES = List.of("2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31",
            "1000-01-01", "0999-12-31", "1949-10-01", "2024-13-01", "2024-00-10", "2024-04-31", "2024-04-30",
            "2100-02-29", "2000-02-29", "2024-03-18", "2024/03/18", "2024-3-8", "20240318", " 2024-03-18",
            "2024-03-18 ", "2024-03-18 14:05", "1150.5", "1150.50", "1150.00", "1150.", ".5", "1150.123", "1,150",
            "-5", "+5", "-0", "007", "0", "00", "0.0", "0.00", "0.001", "1.000", "1.0", "10", "9999999999",
            "10000000000", "2000000000", "123456789012345", "1234567890123456", "999999999999999",
            "999999999999999.99", "1000000000000000", "999999999999.99", "1000000000000.00", "true", "false",
            "TRUE", "True", "FALSE", " true", "true ", "1", "yes", "是", "否", "", " ", "I1", "A", "~", "!x",
            "I 1", "I\t1", "I\u00001", "\uFEFFI1", "案件1", "I1\u007F");

    /** Generated texts: random mixes of the alphabet, lengths 0 to 20, and near-dates and near-amounts. */
    private static final List<String> TEXTS = generate();

    private static List<String> texts() {
        return TEXTS;
    }

    private static List<String> generate() {
        Random random = new Random(20260613);
        List<String> texts = new ArrayList<>(EDGE_CASES);
        for (int i = 0; i < 200_000; i++) {
            int n = random.nextInt(21);
            StringBuilder b = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(b.toString());
        }
        for (int i = 0; i < 100_000; i++) {
            // dates of every year, month 0-13 and day 0-32, so that most are dates and many are near misses
            texts.add(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
            // amounts: 1 to 17 digits, maybe a point and 0 to 3 decimals
            StringBuilder a = new StringBuilder();
            int digits = 1 + random.nextInt(17);
            for (int k = 0; k < digits; k++) {
                a.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                a.append('.');
                for (int k = random.nextInt(4); k > 0; k--) {
                    a.append((char) ('0' + random.nextInt(10)));
                }
            }
            texts.add(a.toString());
        }
        return List.copyOf(texts);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void date_whatThePlainParserAccepts_theGeneralParserGivesTheSameDay() {
        int accepted = 0;
        for (String text : texts()) {
            byte[] b = utf8(text);
            long day = PlainFields.date(b, 0, b.length);
            if (day != PlainFields.NOT_PLAIN) {
                accepted++;
                FieldValues.Parsed<java.time.LocalDate> general = FieldValues.date(text);
                assertThat(general.isOk()).as(text).isTrue();
                assertThat(general.value().toEpochDay()).as(text).isEqualTo(day);
            }
        }
        assertThat(accepted).isGreaterThan(10_000);
    }

    /**
     * Date-like texts in every form {@code FieldValues.date} reads and near misses — separators
     * {@code - / 年月日 .}, one to three digits, eight digits, stray ends: what the byte parser
     * accepts, the general one reads as the same day; and the forms exports write are accepted.
     */
    @Test
    void date_everyFormAndNearMiss_whatThePlainParserAcceptsTheGeneralOneReadsAlike() {
        java.util.Random random = new java.util.Random(31);
        String[] years = {"2024", "2023", "1999", "0999", "202", "20245", "1000"};
        String[][] seps = {{"-", "-", ""}, {"/", "/", ""}, {"年", "月", "日"}, {"-", "/", ""}, {".", ".", ""},
            {"年", "月", ""}, {"/", "-", ""}, {"", "", ""}};
        String[] parts = {"1", "01", "2", "02", "9", "12", "13", "29", "30", "31", "0", "00", "123", ""};
        String[] tails = {"", "", "", " ", "x", "日"};
        int accepted = 0;
        for (int k = 0; k < 200_000; k++) {
            String[] sep = seps[random.nextInt(seps.length)];
            String text = years[random.nextInt(years.length)] + sep[0] + parts[random.nextInt(parts.length)] + sep[1]
                    + parts[random.nextInt(parts.length)] + sep[2] + tails[random.nextInt(tails.length)];
            byte[] b = utf8(text);
            long day = PlainFields.date(b, 0, b.length);
            if (day != PlainFields.NOT_PLAIN) {
                accepted++;
                FieldValues.Parsed<java.time.LocalDate> general = FieldValues.date(text);
                assertThat(general.isOk()).as(text).isTrue();
                assertThat(general.value().toEpochDay()).as(text).isEqualTo(day);
            }
        }
        assertThat(accepted).isGreaterThan(5_000);
        for (String text : List.of("2022/8/31", "2022年9月8日", "2024-3-8", "20240318", "2024/02/29", "2024年12月31日")) {
            byte[] b = utf8(text);
            assertThat(PlainFields.date(b, 0, b.length)).as(text)
                    .isEqualTo(FieldValues.date(text).value().toEpochDay());
        }
    }

    /**
     * Date-times in every form {@code FieldValues.dateTime} reads and near misses — each date form;
     * a space, a {@code T}, several spaces, nothing, other spaces between; {@code H:mm},
     * {@code H:mm:ss}, fractions, {@code H时m分}, {@code H点m分}, {@code s秒}, one to three digits,
     * values out of range, stray ends: what the byte parser accepts, the general one reads as the
     * same day and second (and without a time when the byte parser gives none); and the forms
     * exports write are accepted.
     */
    @Test
    void dateTime_everyFormAndNearMiss_whatThePlainParserAcceptsTheGeneralOneReadsAlike() {
        Random random = new Random(37);
        String[] dates = {"2024-03-18", "2024-3-8", "2024/3/8", "20240318", "2024年3月8日", "2024年3月8", "2023-02-29",
            "2024-03-1", "2024-03-18日", "0999-12-31", ""};
        String[] separators = {" ", " ", "T", "", "  ", "T ", " T", "\t", "\u3000", "日", "TT"};
        String[] hours = {"0", "00", "9", "09", "14", "23", "24", "123", "", "x"};
        String[] minutes = {"0", "5", "05", "59", "60", "123", ""};
        // a time in colons, in Chinese, or (one in four) of pieces of both and others
        String[][] marks = {{":"}, {"时", "点"}, {":", "时", "点", "分", "：", "時", "."}};
        String[][] seconds = {{"", "", ":07", ":59", ":60", ":7", ":007", ":07.5", ":07.000", ":07.", ":07.5x", " "},
            {"分", "分", "分30秒", "分5秒", "分60秒", "分005秒", "分30", "分 ", "分30秒x", ""},
            {"", ":07", "分", "分30秒", "秒", " ", "分:07"}};
        int accepted = 0;
        int withTime = 0;
        PlainFields.Dates cache = new PlainFields.Dates();
        for (int k = 0; k < 300_000; k++) {
            int style = random.nextInt(4) == 0 ? 2 : random.nextInt(2);
            String text = dates[random.nextInt(dates.length)] + separators[random.nextInt(separators.length)]
                    + hours[random.nextInt(hours.length)] + pick(random, marks[style])
                    + minutes[random.nextInt(minutes.length)] + pick(random, seconds[style]);
            if (random.nextInt(8) == 0) {
                text = text.substring(0, random.nextInt(text.length() + 1));   // cut short
            }
            byte[] b = utf8(text);
            long packed = random.nextBoolean() ? PlainFields.dateTime(b, 0, b.length, cache)
                    : PlainFields.dateTime(b, 0, b.length, null);
            FieldValues.Parsed<FieldValues.DateTime> general = FieldValues.dateTime(text);
            if (packed != PlainFields.NOT_PLAIN) {
                accepted++;
                assertThat(general.isOk()).as(text).isTrue();
                assertThat(PlainFields.day(packed)).as(text).isEqualTo(general.value().date().toEpochDay());
                int second = PlainFields.second(packed);
                assertThat(second).as(text).isEqualTo(general.value().time().map(java.time.LocalTime::toSecondOfDay)
                        .orElse(-1));
                if (second >= 0) {
                    withTime++;
                }
            }
        }
        assertThat(accepted).isGreaterThan(5_000);
        assertThat(withTime).isGreaterThan(4_000);
        for (String text : List.of("2024-03-18 9:05", "2024-03-18 14:05", "2024-03-18T14:05:30", "2022/8/31 14:12:00",
                "2024-03-18 14:05:00.000", "2024年3月8日14时05分", "2024年3月8日 14时05分30秒", "2024年3月8日T14点5分",
                "2024-03-18 14时05分", "20240318 9时5分5秒", "2024年3月8日14:05", "2024-03-18  14:05", "2024年3月8日",
                "2024-03-18")) {
            byte[] b = utf8(text);
            long packed = PlainFields.dateTime(b, 0, b.length, null);
            assertThat(packed).as(text).isNotEqualTo(PlainFields.NOT_PLAIN);
            FieldValues.DateTime general = FieldValues.dateTime(text).value();
            assertThat(PlainFields.day(packed)).as(text).isEqualTo(general.date().toEpochDay());
            assertThat(PlainFields.second(packed)).as(text)
                    .isEqualTo(general.time().map(java.time.LocalTime::toSecondOfDay).orElse(-1));
        }
    }

    /** The time of day alone, every hour, minute and second in each form, against the general parser's. */
    @Test
    void dateTime_everySecondOfTheDay_inEachForm() {
        for (int h = 0; h < 25; h++) {
            for (int m = 0; m < 61; m++) {
                int sec = (h * 7 + m) % 61;
                for (String time : List.of(h + ":" + String.format("%02d", m), String.format("%02d:%02d:%02d", h, m, sec),
                        h + "时" + m + "分", h + "点" + m + "分" + sec + "秒", String.format("%02d时%02d分%02d秒", h, m, sec))) {
                    String text = "2024-03-18 " + time;
                    byte[] b = utf8(text);
                    long packed = PlainFields.dateTime(b, 0, b.length, null);
                    FieldValues.Parsed<FieldValues.DateTime> general = FieldValues.dateTime(text);
                    assertThat(packed != PlainFields.NOT_PLAIN).as(text).isEqualTo(general.isOk());
                    if (general.isOk()) {
                        assertThat(PlainFields.second(packed)).as(text)
                                .isEqualTo(general.value().time().orElseThrow().toSecondOfDay());
                    }
                }
            }
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void date_yearsBelow1000_areNotPlain() {
        for (String text : List.of("0000-01-01", "0001-01-01", "0500-06-15", "0999-12-31")) {
            byte[] b = utf8(text);
            assertThat(FieldValues.date(text).isOk()).as(text).isFalse();
            assertThat(PlainFields.date(b, 0, b.length)).as(text).isEqualTo(PlainFields.NOT_PLAIN);
        }
    }

    @Test
    void amountFen_whatThePlainParserAccepts_theGeneralParserGivesTheSameFen() {
        int accepted = 0;
        for (String text : texts()) {
            byte[] b = utf8(text);
            long fen = PlainFields.amountFen(b, 0, b.length);
            if (fen != PlainFields.NOT_PLAIN) {
                accepted++;
                FieldValues.Parsed<Long> general = FieldValues.amountFen(text);
                assertThat(general.isOk()).as(text).isTrue();
                assertThat(general.value()).as(text).isEqualTo(fen);
            }
        }
        assertThat(accepted).isGreaterThan(10_000);
    }

    @Test
    void count_whatThePlainParserAccepts_theGeneralParserGivesTheSameNumber() {
        int accepted = 0;
        for (String text : texts()) {
            byte[] b = utf8(text);
            long count = PlainFields.count(b, 0, b.length);
            if (count != PlainFields.NOT_PLAIN) {
                accepted++;
                FieldValues.Parsed<Long> general = FieldValues.nonNegativeLong(text);
                assertThat(general.isOk()).as(text).isTrue();
                assertThat(general.value()).as(text).isEqualTo(count);
            }
        }
        assertThat(accepted).isGreaterThan(10_000);
    }

    @Test
    void bool_whatThePlainParserAccepts_theGeneralParserGivesTheSameValue() {
        List<String> texts = new ArrayList<>(texts());
        texts.addAll(List.of("t", "f", "tru", "truee", "fals", "false ", "FALSE", "fAlse", "y", "N", "no", "NO"));
        int accepted = 0;
        for (String text : texts) {
            byte[] b = utf8(text);
            int value = PlainFields.bool(b, 0, b.length);
            if (value == PlainFields.EMPTY) {
                assertThat(text).isEmpty();
                assertThat(FieldValues.bool(text).isAbsent()).isTrue();
            } else if (value >= 0) {
                accepted++;
                FieldValues.Parsed<Boolean> general = FieldValues.bool(text);
                assertThat(general.isOk()).as(text).isTrue();
                assertThat(general.value()).as(text).isEqualTo(value == 1);
            } else {
                assertThat(value).as(text).isEqualTo(-1);
            }
        }
        assertThat(accepted).isEqualTo(2);   // exactly "true" and "false"
    }

    @Test
    void idHash_ofPrintableAscii_isTheStringHash_andAnythingElseIsNotPlain() {
        Random random = new Random(7);
        List<String> ids = new ArrayList<>(EDGE_CASES);
        for (int i = 0; i < 100_000; i++) {
            int n = random.nextInt(21);
            StringBuilder b = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                // mostly printable ASCII, sometimes a space, a control character, DEL, Latin-1 or CJK
                int pick = random.nextInt(40);
                b.append(pick == 0 ? ' ' : pick == 1 ? '\t' : pick == 2 ? '\u007F' : pick == 3 ? 'é' : pick == 4 ? '案'
                        : (char) (0x21 + random.nextInt(0x7E - 0x21 + 1)));
            }
            ids.add(b.toString());
        }
        int accepted = 0;
        for (String id : ids) {
            byte[] b = utf8(id);
            long hash = PlainFields.idHash(b, 0, b.length);
            boolean printable = !id.isEmpty() && id.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
            if (printable) {
                accepted++;
                assertThat(hash).as(id).isEqualTo(id.hashCode());
            } else {
                assertThat(hash).as(id).isEqualTo(PlainFields.NOT_PLAIN);
            }
        }
        assertThat(accepted).isGreaterThan(10_000);
    }

    @Test
    void canonicalSpellings_areAccepted() {
        assertThat(date("2024-03-18")).isEqualTo(java.time.LocalDate.of(2024, 3, 18).toEpochDay());
        assertThat(date("2024-02-29")).isEqualTo(java.time.LocalDate.of(2024, 2, 29).toEpochDay());
        assertThat(date("1949-10-01")).isEqualTo(java.time.LocalDate.of(1949, 10, 1).toEpochDay());
        assertThat(date("9999-12-31")).isEqualTo(java.time.LocalDate.of(9999, 12, 31).toEpochDay());
        assertThat(date("2023-02-29")).isEqualTo(PlainFields.NOT_PLAIN);
        assertThat(amount("1150")).isEqualTo(115_000);
        assertThat(amount("1150.5")).isEqualTo(115_050);
        assertThat(amount("1150.50")).isEqualTo(115_050);
        assertThat(amount("0")).isZero();
        assertThat(amount("0.01")).isEqualTo(1);
        assertThat(amount("999999999999999.99")).isEqualTo(99_999_999_999_999_999L);
        assertThat(amount("999999999999.99")).isEqualTo(99_999_999_999_999L);
        assertThat(amount("007")).isEqualTo(PlainFields.NOT_PLAIN);
        assertThat(amount("1234567890123456")).isEqualTo(PlainFields.NOT_PLAIN);
        assertThat(count("0")).isZero();
        assertThat(count("42")).isEqualTo(42);
        assertThat(count("2000000000")).isEqualTo(2_000_000_000L);
        assertThat(count("00")).isEqualTo(PlainFields.NOT_PLAIN);
        byte[] t = utf8("true");
        byte[] f = utf8("false");
        assertThat(PlainFields.bool(t, 0, t.length)).isEqualTo(1);
        assertThat(PlainFields.bool(f, 0, f.length)).isZero();
        byte[] id = utf8("I00000001");
        assertThat(PlainFields.idHash(id, 0, id.length)).isEqualTo("I00000001".hashCode());
    }

    @Test
    void parsers_readOnlyTheirRange_ofALongerRow() {
        byte[] row = utf8("I7,2024-03-18,1150.5,42,true,x");
        assertThat(PlainFields.idHash(row, 0, 2)).isEqualTo("I7".hashCode());
        assertThat(PlainFields.date(row, 3, 13)).isEqualTo(java.time.LocalDate.of(2024, 3, 18).toEpochDay());
        assertThat(PlainFields.amountFen(row, 14, 20)).isEqualTo(115_050);
        assertThat(PlainFields.count(row, 21, 23)).isEqualTo(42);
        assertThat(PlainFields.bool(row, 24, 28)).isEqualTo(1);
        assertThat(PlainFields.bool(row, 24, 24)).isEqualTo(PlainFields.EMPTY);
    }

    private static long date(String text) {
        byte[] b = utf8(text);
        return PlainFields.date(b, 0, b.length);
    }

    private static long amount(String text) {
        byte[] b = utf8(text);
        return PlainFields.amountFen(b, 0, b.length);
    }

    private static long count(String text) {
        byte[] b = utf8(text);
        return PlainFields.count(b, 0, b.length);
    }

    // ---- plainBytes ------------------------------------------------------------------------

    /**
     * Whether {@code b} is plain by definition: strict UTF-8; quotes only around whole fields —
     * opening at a line's start or after a comma, closing before a comma, a line break or the
     * end, no line break inside, none left open, a quote inside doubled; every CR before an LF;
     * lines ≤ 1 MiB.
     */
    private static boolean plainByDefinition(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
        } catch (CharacterCodingException e) {
            return false;
        }
        int lineStart = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int k = 0; k < b.length; k++) {
            byte c = b[k];
            if (c == '"' && quoted && k + 1 < b.length && b[k + 1] == '"') {
                k++;   // a doubled quote inside a quoted field: a quote of its text
                continue;
            }
            if (c == '"') {
                if (!quoted && !fieldStart) {
                    return false;
                }
                if (quoted && k + 1 < b.length && b[k + 1] != ',' && b[k + 1] != '\n' && b[k + 1] != '\r') {
                    return false;
                }
                quoted = !quoted;
                fieldStart = false;
                continue;
            }
            if (c == '\r' && (k + 1 == b.length || b[k + 1] != '\n') || quoted && (c == '\n' || c == '\r')) {
                return false;
            }
            fieldStart = !quoted && (c == ',' || c == '\n');
            if (c == '\n') {
                if (k - lineStart > PlainCsv.MAX_LINE) {
                    return false;
                }
                lineStart = k + 1;
            }
        }
        return !quoted && b.length - lineStart <= PlainCsv.MAX_LINE;
    }

    private static void assertPlainAsDefined(byte[] b) {
        assertThat(PlainScan.plainBytes(b, b.length, -1, null)).as("%s", new Object() {
            @Override
            public String toString() {
                return hex(b);
            }
        }).isEqualTo(plainByDefinition(b));
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < Math.min(b.length, 200); k++) {
            s.append(String.format("%02X ", b[k] & 0xFF));
        }
        return s.toString();
    }

    /** Pieces of text in UTF-8, valid and not, from which byte arrays are made. */
    private static final byte[][] PIECES = {
        utf8("I1,330101001,theft,2024-03-18"), utf8(","), utf8("\n"), utf8("\r\n"), utf8("\r"), utf8("\""),
        utf8("a"), utf8("abcdefgh"), utf8("西溪社区"), utf8("盗窃"), utf8("é"), utf8("😀"), utf8("\uFEFF"),
        utf8("\u0000"), utf8("\u007F"), utf8("\u0080"), utf8("\u07FF"), utf8("\u0800"), utf8("\uFFFF"),
        utf8("\uD7FF"), utf8("\uE000"), utf8("\uDBFF\uDFFF"),
        bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xC0, 0xAF), bytes(0xC1, 0xBF),
        bytes(0xE0, 0x80, 0x80), bytes(0xE0, 0x9F, 0xBF), bytes(0xF0, 0x80, 0x80, 0x80), bytes(0xF0, 0x8F, 0xBF, 0xBF),
        bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xF8, 0x88, 0x80, 0x80, 0x80),
        bytes(0xFF), bytes(0xFE), bytes(0x80), bytes(0xBF), bytes(0xC2), bytes(0xE4, 0xB8), bytes(0xF0, 0x9F, 0x98),
        bytes(0xE4, 0x41, 0x80), bytes(0xC2, 0xC2, 0x80),
    };

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int k = 0; k < b.length; k++) {
            b[k] = (byte) values[k];
        }
        return b;
    }

    @Test
    void plainBytes_isStrictUtf8WithWholeFieldQuotesAndNoLoneCarriageReturn_forMixedPieces() {
        Random random = new Random(13);
        int plain = 0;
        for (int i = 0; i < 50_000; i++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                // mostly the valid pieces, so that about half the arrays are plain
                int k = random.nextInt(4) == 0 ? random.nextInt(PIECES.length) : random.nextInt(22);
                byte[] piece = PIECES[k];
                out.write(piece, 0, piece.length);
            }
            byte[] b = out.toByteArray();
            assertPlainAsDefined(b);
            if (plainByDefinition(b)) {
                plain++;
            }
        }
        assertThat(plain).isBetween(5_000, 45_000);
    }

    @Test
    void plainBytes_isStrictUtf8WithWholeFieldQuotesAndNoLoneCarriageReturn_forRandomBytes() {
        Random random = new Random(17);
        for (int i = 0; i < 50_000; i++) {
            byte[] b = new byte[random.nextInt(40)];
            // sometimes only high bytes, sometimes mostly ASCII, so that both the word loop and the multi-byte checks run
            int kind = random.nextInt(3);
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (kind == 0 ? random.nextInt(256) : kind == 1 ? 0x80 + random.nextInt(0x80)
                        : random.nextInt(10) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(0x5F));
            }
            assertPlainAsDefined(b);
        }
    }

    @Test
    void plainBytes_everyCodePointAndItsTruncations() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x3000 ? 1 : 251) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            byte[] b = utf8("ab" + Character.toString(cp));
            assertPlainAsDefined(b);
            for (int cut = 3; cut < b.length; cut++) {
                assertPlainAsDefined(Arrays.copyOf(b, cut));   // a sequence truncated at the end
            }
            byte[] padded = utf8("abcdefghij" + Character.toString(cp) + "klmnopqrstuvw");
            assertPlainAsDefined(padded);
        }
    }

    @Test
    void plainBytes_handPickedCases() {
        byte[] text = utf8("id,unit\nI1,西溪社区\n");
        assertThat(PlainScan.plainBytes(text, text.length, -1, null)).isTrue();
        assertThat(plain(utf8("a\r\nb\r\n"))).isTrue();
        assertThat(plain(utf8("😀,𠀀\n"))).isTrue();
        assertThat(plain(utf8(""))).isTrue();
        assertThat(plain(utf8("a\rb\n"))).isFalse();
        assertThat(plain(utf8("abc\r"))).isFalse();
        assertThat(plain(utf8("abcdefgh\"ijklmnop"))).isFalse();
        assertThat(plain(utf8("abcdefghijklmno\""))).isFalse();
        assertThat(plain(bytes(0x61, 0xED, 0xA0, 0x80))).isFalse();   // a surrogate written as bytes
        assertThat(plain(bytes(0x61, 0xC0, 0xAF))).isFalse();          // an overlong /
        assertThat(plain(bytes(0x61, 0xE0, 0x80, 0x80))).isFalse();    // an overlong NUL
        assertThat(plain(bytes(0x61, 0xF4, 0x90, 0x80, 0x80))).isFalse();   // past U+10FFFF
        assertThat(plain(bytes(0x61, 0xE4, 0xB8))).isFalse();          // truncated at the end
        assertThat(plain(bytes(0x61, 0xF0, 0x9F, 0x98))).isFalse();
        for (byte[] b : List.of(utf8("x"), bytes(0xED, 0xA0, 0x80), bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0x80),
                bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xE4, 0xB8))) {
            assertPlainAsDefined(b);
        }
    }

    /**
     * Doubled quotes inside quoted fields keep the bytes plain — also where the eight-byte steps
     * would straddle them — and a byte-order mark is skipped only at the start of the file: the
     * first chunk's {@code from}.
     */
    @Test
    void plainBytes_doubledQuotesAndAByteOrderMarkBeforeAQuote() {
        assertThat(plain(utf8("\"a\"\"b\",c\n"))).isTrue();
        assertThat(plain(utf8("\"\"\"\",x\n"))).isTrue();                  // a field of one quote
        assertThat(plain(utf8("\"\",\"\"\n"))).isTrue();                    // empty quoted fields
        assertThat(plain(utf8("x,\"a\"\"\"\r\n"))).isTrue();               // a"
        assertThat(plain(utf8("\"abcdefgh\"\"ijklmnop\"\"\",abcdefghijk\n"))).isTrue();
        assertThat(plain(utf8("\"西溪\"\"社区\"\"\"\"\n"))).isFalse();   // 西溪"社区"" and never closed
        assertThat(plain(utf8("\"a\"\"b\n"))).isFalse();                      // never closed
        assertThat(plain(utf8("\"a\"\"\n\"b\"\n"))).isFalse();             // a line break inside
        assertThat(plain(utf8("a\"\"b,c\n"))).isFalse();                       // quotes inside an unquoted field
        assertThat(plain(utf8("\"a\"\"b\"c\n"))).isFalse();                  // text after the closing quote
        byte[] bom = utf8("\uFEFF\"id\",\"unit\"\n\"I1\",\"a\"\"b\"\n");
        assertThat(PlainScan.plainBytes(bom, 3, bom.length, -1, null)).isTrue();
        assertThat(PlainScan.plainBytes(bom, 0, bom.length, -1, null)).isFalse();   // a later chunk: the quote is text
        assertThat(PlainScan.plainBytes(bom, bom.length, -1, null)).isFalse();
        byte[] bomLater = utf8("\uFEFF\"id\"\n\uFEFF\"I1\"\n");
        assertThat(PlainScan.plainBytes(bomLater, 3, bomLater.length, -1, null)).isFalse();
    }

    @Test
    void plainBytes_linesUpToAMebibyte() {
        int max = PlainCsv.MAX_LINE;
        byte[] b = new byte[2 * max + 10];
        Arrays.fill(b, (byte) 'a');
        b[max] = '\n';                      // a first line of exactly MAX_LINE bytes
        assertThat(PlainScan.plainBytes(b, max + 1, -1, null)).isTrue();
        b[max - 1] = '\r';                  // CRLF: the CR counts in the line, still MAX_LINE
        assertThat(PlainScan.plainBytes(b, max + 1, -1, null)).isTrue();
        b[max - 1] = 'a';
        assertThat(PlainScan.plainBytes(b, max + 2, -1, null)).isTrue();   // a last line of one byte, no line end
        assertThat(PlainScan.plainBytes(b, 2 * max + 1, -1, null)).isTrue();   // a last line of exactly MAX_LINE
        assertThat(PlainScan.plainBytes(b, 2 * max + 2, -1, null)).isFalse();  // one more
        b[max] = 'a';
        b[max + 1] = '\n';
        assertThat(PlainScan.plainBytes(b, max + 2, -1, null)).isFalse();  // a first line of MAX_LINE + 1
        assertThat(PlainScan.plainBytes(b, max, -1, null)).isTrue();       // MAX_LINE bytes, no line end
        assertThat(PlainScan.plainBytes(b, max + 1, -1, null)).isFalse();  // MAX_LINE + 1 bytes, no line end
    }

    private static boolean plain(byte[] b) {
        boolean plain = PlainScan.plainBytes(b, b.length, -1, null);
        assertThat(plain).as(hex(b)).isEqualTo(plainByDefinition(b));
        return plain;
    }
}
