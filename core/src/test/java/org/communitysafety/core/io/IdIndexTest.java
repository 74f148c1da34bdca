package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

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
}
