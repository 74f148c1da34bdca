package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    @Test
    void newIdsGiveZero_duplicatesTheLineFirstSeen() {
        IdIndex index = new IdIndex();
        assertThat(index.putIfAbsent("I00000001", 2)).isZero();
        assertThat(index.putIfAbsent("I00000002", 3)).isZero();
        assertThat(index.putIfAbsent("I00000001", 9)).isEqualTo(2);
        assertThat(index.putIfAbsent("I00000001", 10)).isEqualTo(2);
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void equalStringHashes_areStillDistinctIds() {
        // "Aa" and "BB" share String.hashCode (2112), as do every concatenation of them
        IdIndex index = new IdIndex();
        String[] ids = {"AaAa", "AaBB", "BBAa", "BBBB"};
        for (int i = 0; i < ids.length; i++) {
            assertThat(ids[i].hashCode()).isEqualTo(ids[0].hashCode());
            assertThat(index.putIfAbsent(ids[i], i + 1)).isZero();
        }
        for (int i = 0; i < ids.length; i++) {
            assertThat(index.putIfAbsent(ids[i], 100)).isEqualTo(i + 1);
        }
    }

    @Test
    void wideCharactersAreNotConfusedWithTheirLowBytes() {
        IdIndex index = new IdIndex();
        assertThat(index.putIfAbsent("案件1", 5)).isZero();
        // U+6848 U+4EF6 have low bytes 0x48 0xF6: a Latin-1 id of those bytes is a different id
        assertThat(index.putIfAbsent("\u0048\u00F61", 6)).isZero();
        assertThat(index.putIfAbsent("案件1", 7)).isEqualTo(5);
        assertThat(index.putIfAbsent("\u0048\u00F61", 8)).isEqualTo(6);
        assertThat(index.putIfAbsent("", 9)).isZero();
        assertThat(index.putIfAbsent("", 10)).isEqualTo(9);
    }

    @Test
    void idsLongerThanAPage_andLinesBeyondAnInt() {
        IdIndex index = new IdIndex();
        String huge = "x".repeat(3 << 20);
        long far = 5_000_000_000L;
        assertThat(index.putIfAbsent(huge, far)).isZero();
        assertThat(index.putIfAbsent("after", 1)).isZero();
        assertThat(index.putIfAbsent(huge.substring(1) + "y", 2)).isZero();
        assertThat(index.putIfAbsent(huge, 3)).isEqualTo(far);
        assertThat(index.putIfAbsent("after", 4)).isEqualTo(1);
    }

    @Test
    void agreesWithAHashMap_overManyIdsAndPages() {
        // 300,000 ids of varied lengths fill several 1 MiB pages and grow the table many times
        Random random = new Random(13);
        IdIndex index = new IdIndex();
        Map<String, Long> reference = new HashMap<>();
        for (long line = 2; line < 400_000; line++) {
            int n = random.nextInt(300_000);
            String id = (n % 7 == 0 ? "纠纷" : "I") + Integer.toString(n, 36) + "-".repeat(n % 13);
            Long expected = reference.putIfAbsent(id, line);
            assertThat(index.putIfAbsent(id, line)).isEqualTo(expected == null ? 0 : expected);
        }
        assertThat(index.size()).isEqualTo(reference.size());
    }

    /** Puts the ASCII id {@code id} by its bytes, placed at an offset inside a longer row as the fast path does. */
    private static long putBytes(IdIndex index, String id, long line) {
        byte[] row = ("x," + id + ",y").getBytes(StandardCharsets.US_ASCII);
        return index.putIfAbsent(row, 2, 2 + id.length(), id.hashCode(), line);
    }

    @Test
    void idsPutAsStrings_areFoundByBytes_andViceVersa() {
        IdIndex index = new IdIndex();
        assertThat(index.putIfAbsent("I00000001", 2)).isZero();
        assertThat(putBytes(index, "I00000002", 3)).isZero();
        assertThat(putBytes(index, "I00000001", 4)).isEqualTo(2);
        assertThat(index.putIfAbsent("I00000002", 5)).isEqualTo(3);
        assertThat(putBytes(index, "I00000002", 6)).isEqualTo(3);
        assertThat(putBytes(index, "I0000000", 7)).isZero();     // a prefix is another id
        assertThat(putBytes(index, "I000000011", 8)).isZero();   // and so is a longer one
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void bytePut_equalStringHashes_andWideIdsOfTheSameLowBytes_areDistinct() {
        IdIndex index = new IdIndex();
        assertThat(index.putIfAbsent("AaAa", 1)).isZero();
        assertThat(putBytes(index, "BBBB", 2)).isZero();
        assertThat(putBytes(index, "AaBB", 3)).isZero();
        assertThat(index.putIfAbsent("BBAa", 4)).isZero();
        assertThat(putBytes(index, "AaAa", 5)).isEqualTo(1);
        assertThat(index.putIfAbsent("BBBB", 6)).isEqualTo(2);
        assertThat(index.putIfAbsent("AaBB", 7)).isEqualTo(3);
        assertThat(putBytes(index, "BBAa", 8)).isEqualTo(4);
        // U+4849 has the low byte 0x49 ('I'): stored two bytes a character, never equal to the ASCII id
        assertThat(index.putIfAbsent("\u48491", 9)).isZero();
        assertThat(putBytes(index, "I1", 10)).isZero();
        assertThat(index.putIfAbsent("I1", 11)).isEqualTo(10);
        assertThat(index.putIfAbsent("\u00491", 12)).isEqualTo(10);   // the same characters
    }

    @Test
    void aHundredThousandIds_putEitherWay_noFalseDuplicates_acrossPages() {
        // ids of 1 to 60 characters: about 4 MB of entries over several 1 MiB pages, many of them crossing
        // where a page fills; each id put once by bytes or by string, then again the other way
        Random random = new Random(29);
        IdIndex index = new IdIndex();
        String[] ids = new String[100_000];
        for (int n = 0; n < ids.length; n++) {
            String base = Integer.toString(n, 36);
            ids[n] = base + "-".repeat(random.nextInt(60 - base.length()));
            long line = n + 2;
            long first = random.nextBoolean() ? putBytes(index, ids[n], line) : index.putIfAbsent(ids[n], line);
            assertThat(first).as(ids[n]).isZero();
        }
        assertThat(index.size()).isEqualTo(ids.length);
        assertThat(index.toString()).doesNotContain(" 1 pages").doesNotContain(" 2 pages");
        for (int n = 0; n < ids.length; n++) {
            long again = random.nextBoolean() ? putBytes(index, ids[n], 1) : index.putIfAbsent(ids[n], 1);
            assertThat(again).as(ids[n]).isEqualTo(n + 2);
        }
        assertThat(index.size()).isEqualTo(ids.length);
    }

    @Test
    void bytePut_idsLongerThanAPage_andLinesBeyondAnInt() {
        IdIndex index = new IdIndex();
        String huge = "x".repeat((1 << 20) + 5);
        long far = 5_000_000_000L;
        assertThat(putBytes(index, huge, far)).isZero();
        assertThat(putBytes(index, "after", 1)).isZero();
        assertThat(index.putIfAbsent(huge, 3)).isEqualTo(far);
        assertThat(putBytes(index, huge, 4)).isEqualTo(far);
        assertThat(putBytes(index, huge.substring(1), 5)).isZero();
        assertThat(index.putIfAbsent("after", 6)).isEqualTo(1);
    }
}
