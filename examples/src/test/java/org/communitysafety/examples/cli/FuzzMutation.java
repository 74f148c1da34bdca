package org.communitysafety.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communitysafety.core.io.csv.CsvParser;
import org.communitysafety.core.io.json.JsonLinesRowSource;

/**
 * The ways {@link ReaderFuzzTest} damages a file: each takes the bytes of a CSV file, a JSON
 * Lines file or an XML part of a workbook ({@link Syntax}) and a seeded {@link Random}, and
 * gives the damaged bytes. Deterministic: the same bytes and seed give the same result.
 *
 * <p>The weights say how often a case picks each one; the costly ones (a field past the
 * parser's 4 MiB limit, a 16 MiB JSON line, 100,000 columns) are rare, so that 500 cases stay
 * well under a minute. Stateless.
 */
enum FuzzMutation {
    /** Up to 8 random bits flipped. */
    FLIP_BITS(12),
    /** The file cut at a random byte. */
    TRUNCATE(5),
    /** A quote opened at the start of a cell and never closed: cut soon after, or left to run to the end. */
    TRUNCATE_MID_QUOTE(6),
    DELETE_LINE(6),
    DUPLICATE_LINE(6),
    /** Two lines swapped: the header among the data, a row before its unit's. */
    SWAP_LINES(3),
    /** One to 4 NUL bytes at random places. */
    INSERT_NUL(5),
    /** Bytes that are not UTF-8: a lone continuation byte, a cut sequence, an overlong form, a surrogate, FF. */
    INVALID_UTF8(7),
    /** Chinese text in GBK: the reader stops the file and says to read it as gbk. */
    GBK_BYTES(2),
    /** A value at or past a limit: counts, amounts, dates, coordinates, odd text. */
    LIMIT_VALUE(20),
    /** A field around the parser's limit (4,194,304 characters; a JSON line of 16 MiB). */
    HUGE_FIELD(2),
    /** A line of 100,000 columns (or keys, or cells past column XFD). */
    WIDE_LINE(1),
    /** LF to CRLF or lone CR, from a random line on. */
    LINE_ENDINGS(2),
    /** A byte-order mark in the middle of a line. */
    BOM_INSIDE(2),
    /** The file emptied, or only its first line kept. */
    EMPTY(1),
    /** Syntax-specific damage: a JSON value nested 2,000 deep, an XML entity or DOCTYPE, a cell reference out of range. */
    STRUCTURE(4);

    /** What the bytes are. */
    enum Syntax { CSV, JSONL, XML }

    /** Values at and past the readers' limits, and text that tempts a parser or a terminal. */
    static final List<String> LIMIT_VALUES = List.of(
            // whole numbers: counts are bounded at 2,000,000,000
            "0", "-0", "+0", "1.0", "1.5", "2000000000", "2000000001", "2147483647", "2147483648",
            "9223372036854775807", "9223372036854775808", "-1", "1e3", "1E400", "0x1F", "１２３", " 42 ", "1,000",
            "NaN", "Infinity", "-Infinity",
            // amounts: bounded at 10^12 yuan, two decimals
            "1000000000000", "1000000000000.00", "1000000000000.01", "999999999999.99", "0.001", "12.345", "-0.01",
            "99999999999999999999999.99", "0.000000000000000000001",
            // dates and times
            "2024-02-29", "2023-02-29", "2024-02-30", "0000-01-01", "0001-01-01", "1900-01-01", "1969-12-31",
            "1970-01-01", "2099-12-31", "2100-12-31", "2101-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01",
            "+999999999-12-31", "-999999999-01-01", "2024-13-01", "2024-00-10", "2024-1-1", "2024/01/01", "20240101",
            "2024-01-01 24:00", "2024-01-01 23:59:60", "2024-01-01T10:00", "2024-01-01 10:00:00.123456789",
            "2024-01-01 25:61", "45000", "2958465", "2958466", "-1e9",
            // coordinates
            "90", "90.0000001", "-90", "180", "180.1", "-180.0000001", "1e-7",
            // text
            "", " ", "\t", "\"", "\"\"", "=1+1", "@SUM(A1)", "\u001B]0;pwned\u0007", "\u202Eabc", "\uFEFF",
            "\u0000", "\\", "\\u0000", "中文", "𠀀", "\r", "a\nb", "null", "true", "[]", "{}");

    private static final Pattern JSON_VALUE =
            // possessive: a 100,000-character string is one step, not 100,000 nested ones (a StackOverflowError)
            Pattern.compile("\"([^\"\\\\]*+)\":(\"(?:[^\"\\\\]++|\\\\.)*+\"|[^,}\\]]*+)");
    private static final Pattern XML_VALUE = Pattern.compile("<(v|t)(?: [^>]*+)?>([^<]*+)</\\1>");
    private static final Pattern XML_REF = Pattern.compile(" r=\"([A-Z]*)([0-9]+)\"");

    private final int weight;

    FuzzMutation(int weight) {
        this.weight = weight;
    }

    /** A mutation chosen by weight. */
    static FuzzMutation pick(Random r) {
        int total = 0;
        for (FuzzMutation m : values()) {
            total += m.weight;
        }
        int x = r.nextInt(total);
        for (FuzzMutation m : values()) {
            x -= m.weight;
            if (x < 0) {
                return m;
            }
        }
        throw new AssertionError();
    }

    /** {@code in} damaged this way. */
    byte[] apply(byte[] in, Random r, Syntax syntax) {
        return switch (this) {
            case FLIP_BITS -> flipBits(in, r);
            case TRUNCATE -> in.length == 0 ? in : java.util.Arrays.copyOf(in, r.nextInt(in.length));
            case TRUNCATE_MID_QUOTE -> midQuote(in, r, syntax);
            case DELETE_LINE -> lines(in, r, (ls, i) -> ls.remove(i));
            case DUPLICATE_LINE -> lines(in, r, (ls, i) -> ls.add(i, ls.get(i)));
            case SWAP_LINES -> lines(in, r, (ls, i) -> ls.set(i, ls.set(r.nextInt(ls.size()), ls.get(i))));
            case INSERT_NUL -> insertEach(in, r, 1 + r.nextInt(4), new byte[] {0});
            case INVALID_UTF8 -> insertEach(in, r, 1 + r.nextInt(3), BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            case GBK_BYTES -> insert(in, r.nextInt(in.length + 1), new byte[] {(byte) 0xC4, (byte) 0xE3, (byte) 0xBA,
                    (byte) 0xC3, (byte) 0xCA, (byte) 0xC0, (byte) 0xBD, (byte) 0xE7});
            case LIMIT_VALUE -> limitValue(in, r, syntax, LIMIT_VALUES.get(r.nextInt(LIMIT_VALUES.size())));
            case HUGE_FIELD -> hugeField(in, r, syntax);
            case WIDE_LINE -> wideLine(in, r, syntax);
            case LINE_ENDINGS -> lineEndings(in, r);
            case BOM_INSIDE -> insert(in, r.nextInt(in.length + 1), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case EMPTY -> r.nextBoolean() ? new byte[0] : firstLine(in);
            case STRUCTURE -> structure(in, r, syntax);
        };
    }

    private static final byte[][] BAD_UTF8 = {
            {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    private static byte[] flipBits(byte[] in, Random r) {
        byte[] out = in.clone();
        if (out.length > 0) {
            for (int n = 1 + r.nextInt(8); n > 0; n--) {
                out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            }
        }
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private static byte[] insertEach(byte[] in, Random r, int times, byte[] what) {
        byte[] out = in;
        for (int i = 0; i < times; i++) {
            out = insert(out, r.nextInt(out.length + 1), what);
        }
        return out;
    }

    /** A line edit: the lines without their LF, and a random line's index; at least one line. */
    private interface LineEdit {
        void apply(List<String> lines, int index);
    }

    private static byte[] lines(byte[] in, Random r, LineEdit edit) {
        List<String> ls = split(in);
        if (ls.isEmpty()) {
            return in;
        }
        edit.apply(ls, r.nextInt(ls.size()));
        return join(ls);
    }

    /** The lines, decoded as ISO-8859-1 so that every byte survives the round trip. */
    private static List<String> split(byte[] in) {
        String text = new String(in, StandardCharsets.ISO_8859_1);
        List<String> ls = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!ls.isEmpty() && ls.get(ls.size() - 1).isEmpty()) {
            ls.remove(ls.size() - 1);
        }
        return ls;
    }

    private static byte[] join(List<String> ls) {
        StringBuilder sb = new StringBuilder();
        for (String l : ls) {
            sb.append(l).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] firstLine(byte[] in) {
        List<String> ls = split(in);
        return ls.isEmpty() ? in : join(List.of(ls.get(0)));
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** UTF-8 bytes as ISO-8859-1 text, for splicing into {@link #split} lines. */
    private static String asLatin1(String utf8) {
        return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static byte[] midQuote(byte[] in, Random r, Syntax syntax) {
        List<String> ls = split(in);
        if (ls.isEmpty()) {
            return in;
        }
        int line = r.nextInt(ls.size());
        String l = ls.get(line);
        int at = switch (syntax) {
            case CSV -> cellStart(l, r);
            case JSONL, XML -> Math.max(0, l.indexOf('"', r.nextInt(l.length() + 1)) + 1);
        };
        ls.set(line, l.substring(0, at) + (syntax == Syntax.CSV ? "\"" : "") + l.substring(at));
        byte[] out = join(ls);
        int quote = join(ls.subList(0, line)).length + at;
        // half the time the file ends a few bytes after the quote opens; else the quote runs to the end
        return r.nextBoolean() ? java.util.Arrays.copyOf(out, Math.min(out.length, quote + 1 + r.nextInt(40))) : out;
    }

    /** The index where a random cell of a CSV line starts. */
    private static int cellStart(String line, Random r) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                starts.add(i + 1);
            }
        }
        return starts.get(r.nextInt(starts.size()));
    }

    private static byte[] limitValue(byte[] in, Random r, Syntax syntax, String value) {
        return rawValue(in, r, syntax, switch (syntax) {
            case CSV -> csvCell(value);
            case JSONL -> jsonValue(value, r);
            case XML -> xmlText(value);
        });
    }

    /** A random cell's (value's, XML text's) text replaced by {@code raw}, already in the syntax, as ISO-8859-1 text. */
    private static byte[] rawValue(byte[] in, Random r, Syntax syntax, String raw) {
        List<String> ls = split(in);
        if (ls.isEmpty()) {
            return in;
        }
        int line = ls.size() == 1 ? 0 : 1 + r.nextInt(ls.size() - 1);   // a data row, mostly
        String l = ls.get(line);
        ls.set(line, switch (syntax) {
            case CSV -> replaceCell(l, r, raw);
            case JSONL -> replaceMatch(l, r, JSON_VALUE, 2, raw);
            case XML -> replaceMatch(l, r, XML_VALUE, 2, raw);
        });
        return join(ls);
    }

    private static String csvCell(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return asLatin1(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
    }

    /** A JSON number or literal as it is half of the time; else the value as a JSON string. */
    private static String jsonValue(String value, Random r) {
        if (r.nextBoolean() && value.matches("-?[0-9][0-9.eE+-]*|true|false|null|\\[]|\\{}")) {
            return value;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return asLatin1(sb.append('"').toString());
    }

    private static String xmlText(String value) {
        return asLatin1(value.replace("&", "&amp;").replace("<", "&lt;").replace("\u0000", "&#0;"));
    }

    private static String replaceCell(String line, Random r, String cell) {
        int start = cellStart(line, r);
        int end = line.indexOf(',', start);
        return line.substring(0, start) + cell + (end < 0 ? "" : line.substring(end));
    }

    /** {@code line} with group {@code group} of a random match of {@code p} replaced; unchanged when none. */
    private static String replaceMatch(String line, Random r, Pattern p, int group, String replacement) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(line);
        while (m.find()) {
            spans.add(new int[] {m.start(group), m.end(group)});
        }
        if (spans.isEmpty()) {
            return line;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return line.substring(0, s[0]) + replacement + line.substring(s[1]);
    }

    private static byte[] hugeField(byte[] in, Random r, Syntax syntax) {
        // at and past the limit a quarter of the time (they cost seconds), else a long field well within it
        int limit = CsvParser.DEFAULT_MAX_FIELD_LENGTH;
        // (a workbook has no such limit: its long cells are 100,000 characters)
        boolean atLimit = r.nextInt(4) == 0 && syntax != Syntax.XML;
        int n = atLimit ? limit - 1 + r.nextInt(3) : 100_000;
        return switch (syntax) {
            case CSV -> limitValue(in, r, syntax, (r.nextBoolean() ? "x" : "中").repeat(n / 2) + "x".repeat(n - n / 2));
            case JSONL -> {
                // a line of exactly the limit, one byte past it, or a long string well within it
                int size = atLimit ? JsonLinesRowSource.MAX_LINE_BYTES + r.nextInt(2) : 100_000;
                String head = "{\"id\":\"";
                String line = head + "x".repeat(size - head.length() - 3) + "\"}\n";
                yield insertLine(in, r, line);
            }
            case XML -> limitValue(in, r, syntax, "x".repeat(n));
        };
    }

    private static byte[] insertLine(byte[] in, Random r, String line) {
        List<String> ls = split(in);
        ls.add(ls.isEmpty() ? 0 : 1 + r.nextInt(ls.size()), line.endsWith("\n") ? line.substring(0, line.length() - 1)
                : line);
        return join(ls);
    }

    private static byte[] wideLine(byte[] in, Random r, Syntax syntax) {
        int n = 100_000;
        StringBuilder sb = new StringBuilder(n * 8);
        switch (syntax) {
            case CSV -> {
                sb.append("W1");
                for (int i = 1; i < n; i++) {
                    sb.append(',').append(i % 10);
                }
            }
            case JSONL -> {
                sb.append("{\"id\":\"W1\"");
                for (int i = 1; i < n; i++) {
                    sb.append(",\"k").append(i).append("\":").append(i % 10);
                }
                sb.append('}');
            }
            case XML -> {
                // one row of 100,000 cells, the last ones past column XFD (16,384)
                List<String> ls = split(in);
                String joined = String.join("\n", ls);
                int end = joined.lastIndexOf("</sheetData>");
                if (end < 0) {
                    return in;
                }
                sb.append("<row r=\"1048576\">");
                for (int i = 0; i < n; i++) {
                    sb.append("<c t=\"inlineStr\"><is><t>").append(i % 10).append("</t></is></c>");
                }
                sb.append("</row>");
                return latin1(joined.substring(0, end) + sb + joined.substring(end));
            }
        }
        return insertLine(in, r, sb.toString());
    }

    private static byte[] lineEndings(byte[] in, Random r) {
        List<String> ls = split(in);
        if (ls.isEmpty()) {
            return in;
        }
        int from = r.nextInt(ls.size());
        String ending = r.nextBoolean() ? "\r\n" : "\r";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ls.size(); i++) {
            sb.append(ls.get(i)).append(i >= from ? ending : "\n");
        }
        return latin1(sb.toString());
    }

    private static byte[] structure(byte[] in, Random r, Syntax syntax) {
        return switch (syntax) {
            case CSV -> switch (r.nextInt(3)) {
                case 0 -> lines(in, r, (ls, i) -> ls.set(0, ls.get(0) + "," + ls.get(0)));   // every column twice
                case 1 -> lines(in, r, (ls, i) -> ls.set(0, ls.get(0).replaceFirst("^[^,]*,", "")));   // a column gone
                default -> lines(in, r, (ls, i) -> ls.set(i, ls.get(i) + ",extra"));   // a cell too many
            };
            case JSONL -> switch (r.nextInt(4)) {
                case 0 -> insertLine(in, r, "{\"id\":" + "[".repeat(2000) + "]".repeat(2000) + "}");
                case 1 -> insertLine(in, r, "[1,2,3]");
                case 2 -> insertLine(in, r, "{\"id\":\"X\",\"unit\":{\"a\":1}}");
                default -> rawValue(in, r, syntax, "1" + "0".repeat(1000 + r.nextInt(2)));   // Jackson's number limit
            };
            case XML -> switch (r.nextInt(4)) {
                case 0 -> {
                    // entities: a reader must refuse a DOCTYPE rather than expand it
                    String text = new String(in, StandardCharsets.ISO_8859_1);
                    int at = text.indexOf("?>");
                    String doctype = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                            + "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>";
                    yield latin1(at < 0 ? doctype + text : text.substring(0, at + 2) + doctype + text.substring(at + 2));
                }
                case 1 -> {
                    String[] refs = {"XFD", "XFE", "ZZZZ", "", "A"};
                    String[] rows = {"1048576", "1048577", "0", "99999999999", "2"};
                    String text = new String(in, StandardCharsets.ISO_8859_1);
                    Matcher m = XML_REF.matcher(text);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(1), m.end(2)});
                    }
                    if (spans.isEmpty()) {
                        yield in;
                    }
                    int[] s = spans.get(r.nextInt(spans.size()));
                    yield latin1(text.substring(0, s[0]) + refs[r.nextInt(refs.length)] + rows[r.nextInt(rows.length)]
                            + text.substring(s[1]));
                }
                case 2 -> rawValue(in, r, syntax, "&#x1F;&lt;&bogus;&#99999999;");
                default -> {
                    ByteArrayOutputStream deep = new ByteArrayOutputStream();
                    deep.writeBytes(in);
                    deep.writeBytes(latin1("<a>".repeat(5000)));   // trailing, deeply nested junk
                    yield deep.toByteArray();
                }
            };
        };
    }
}
