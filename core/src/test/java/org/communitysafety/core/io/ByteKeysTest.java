package org.communitysafety.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ByteKeys}, whose keys are now packed in one array, finds what a map of the texts finds,
 * for keys of every length looked up at any offset of a row's bytes, and finds no key with a quote.
 */
final class ByteKeysTest {
    private static final String[] PIECES = {"3301", "0", "村", "社区", "a", "\"", "下舍村", "x", "12345678"};

    @Test
    void get_randomKeys_findsWhatAMapOfTheTextsFinds() {
        Random r = new Random(5);
        for (int c = 0; c < 300; c++) {
            Map<String, Integer> entries = new HashMap<>();
            int n = r.nextInt(200);
            for (int k = 0; k < n; k++) {
                entries.put(text(r), k);
            }
            ByteKeys fromMap = ByteKeys.of(entries);
            String[] texts = entries.keySet().toArray(String[]::new);
            int[] values = new int[texts.length];
            for (int k = 0; k < texts.length; k++) {
                values[k] = entries.get(texts[k]);
            }
            ByteKeys fromArrays = ByteKeys.of(texts, values, texts.length);

            for (int q = 0; q < 400; q++) {
                String probe = q % 2 == 0 && n > 0 ? texts[r.nextInt(texts.length)] : text(r);
                if (probe == null) {
                    probe = text(r);
                }
                String prefix = "xy".repeat(r.nextInt(3));
                byte[] row = (prefix + probe + ",z").getBytes(StandardCharsets.UTF_8);
                int s = prefix.length();
                int e = s + probe.getBytes(StandardCharsets.UTF_8).length;
                Integer want = probe.indexOf('"') >= 0 ? null : entries.get(probe);
                int expected = want == null ? -1 : want;

                assertEquals(expected, fromMap.get(row, s, e), "case " + c + ", " + probe);
                assertEquals(expected, fromArrays.get(row, s, e), "case " + c + ", " + probe);
            }
        }
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(5); k >= 0; k--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
