package org.communitysafety.examples.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.communitysafety.examples.cli.Csi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins what users see: {@code csi report} on the bundled sample, byte for byte.
 *
 * <ul>
 *   <li>the JSON rows of the whole catalogue for 2024 against 2023 (256,220 rows): a SHA-256 of
 *       the whole output, and every 80th row verbatim so that a change shows which rows moved;</li>
 *   <li>the zh and en reports, HTML and Markdown, for 2024 (同比 with 2023) and for June 2024
 *       (同比 with June 2023 and 环比 with May 2024).</li>
 * </ul>
 *
 * Golden files are named after what they hold plus {@code .golden} (data, not source). A golden file changes only in a commit that says why. To write them anew after such a change,
 * run {@code mvn -pl examples -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcsi.golden.update=true} and review the diff. The reports are also rendered under German and
 * Arabic (Saudi Arabia) default locales, whose decimal separators and digits differ from
 * {@code Locale.ROOT}'s, and must come out identical.
 */
final class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("csi.golden.update");
    /** Every {@code STRIDE}-th JSON row is kept verbatim. */
    private static final int STRIDE = 80;

    @TempDir
    Path tmp;

    static Stream<Arguments> reports() {
        List<Arguments> list = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (String format : List.of("html", "md")) {
                list.add(Arguments.of("2024", "yoy", lang, format));
                list.add(Arguments.of("2024-06", "pop", lang, format));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "report {0} {2}.{3}")
    @MethodSource("reports")
    void report_sample_matchesGoldenFile(String period, String compare, String lang, String format) throws IOException {
        String name = "report-" + period + "-" + lang + "." + format;
        byte[] actual = render(period, compare, lang, format, Locale.getDefault());
        assertGolden(name, actual);
    }

    @ParameterizedTest(name = "report 2024 {0} under {1}")
    @MethodSource("locales")
    void report_underAnotherDefaultLocale_identicalBytes(String format, String languageTag) throws IOException {
        byte[] root = render("2024-06", "pop", "en", format, Locale.ROOT);
        byte[] other = render("2024-06", "pop", "en", format, Locale.forLanguageTag(languageTag));
        assertEquals(new String(root, StandardCharsets.UTF_8), new String(other, StandardCharsets.UTF_8),
                "the " + format + " report differs under the default locale " + languageTag);
    }

    static Stream<Arguments> locales() {
        return Stream.of(Arguments.of("md", "de-DE"), Arguments.of("html", "de-DE"), Arguments.of("md", "ar-SA"),
                Arguments.of("html", "ar-SA"));
    }

    @Test
    void jsonRows_sample2024YearOnYear_matchGoldenRowsAndHash() throws IOException {
        byte[] json = run(Locale.getDefault(), "report", "--sample", "--period", "2024", "--compare", "yoy",
                "--format", "json", "--out", tmp.resolve("rows.json").toString());
        String text = new String(json, StandardCharsets.UTF_8);
        List<String> rows = splitRows(text);
        assertEquals(256_220, rows.size(), "rows in the sample's catalogue for 2024 vs 2023");
        StringBuilder sampled = new StringBuilder();
        for (int i = 0; i < rows.size(); i += STRIDE) {
            sampled.append(i).append('\t').append(rows.get(i)).append('\n');
        }
        assertGolden("report-2024-yoy-rows.tsv", sampled.toString().getBytes(StandardCharsets.UTF_8));
        assertGolden("report-2024-yoy.sha256", (sha256(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The objects of the {@code rows} array, one string each (rows hold no nested objects). */
    private static List<String> splitRows(String json) {
        int start = json.indexOf("\"rows\":[");
        assertTrue(start >= 0, "no rows array in the JSON");
        List<String> rows = new ArrayList<>();
        int i = start + "\"rows\":[".length();
        while (json.charAt(i) == '{') {
            int end = json.indexOf('}', i);
            rows.add(json.substring(i, end + 1));
            i = end + 1;
            if (json.charAt(i) == ',') {
                i++;
            }
        }
        return rows;
    }

    private byte[] render(String period, String compare, String lang, String format, Locale locale)
            throws IOException {
        // a directory a locale, the file's name the same: a Markdown file links its charts by that name
        Path dir = Files.createDirectories(tmp.resolve("out-" + locale.toLanguageTag()));
        return run(locale, "report", "--sample", "--period", period, "--compare", compare, "--format", format,
                "--lang", lang, "--out", dir.resolve("report." + format).toString());
    }

    /** Runs {@code csi} with {@code locale} as the default locale and returns the file it wrote. */
    private byte[] run(Locale locale, String... args) throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Csi.run(new PrintStream(out, false, StandardCharsets.UTF_8),
                    new PrintStream(err, false, StandardCharsets.UTF_8), args);
            assertEquals(0, code, () -> err.toString(StandardCharsets.UTF_8));
        } finally {
            Locale.setDefault(before);
        }
        return Files.readAllBytes(Path.of(args[args.length - 1]));
    }

    private static void assertGolden(String name, byte[] actual) throws IOException {
        Path file = GOLDEN.resolve(name + ".golden");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
        }
        assertTrue(Files.exists(file), () -> "no golden file " + file + "; write it with -Dcsi.golden.update=true");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(expected, new String(actual, StandardCharsets.UTF_8), () -> "differs from " + file);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
