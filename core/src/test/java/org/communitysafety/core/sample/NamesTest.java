package org.communitysafety.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class NamesTest {

    @Test
    void syllableLists_have48DistinctCharacters() {
        for (String[] list : new String[][] {Names.RURAL_FIRST, Names.RURAL_SECOND, Names.URBAN_FIRST,
                Names.URBAN_SECOND}) {
            assertThat(list).hasSize(48).doesNotHaveDuplicates();
        }
    }

    @Test
    void picker_handsOutEveryCombinationOnce_thenSaysItRanOut() {
        String[] first = {"东", "西", "湖"};
        String[] second = {"湖", "山"};
        Names.Picker p = new Names.Picker(first, second, new SplittableRandom(3));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            seen.add(p.next());
        }
        assertThat(seen).containsExactlyInAnyOrder("东湖", "东山", "西湖", "西山", "湖山");
        assertThatThrownBy(p::next).isInstanceOf(IllegalStateException.class)
                .hasMessage("ran out of names: all 6 combinations are taken");
    }

    @Test
    void reserve_keepsAStemFromBeingHandedOut() {
        Names.Picker p = new Names.Picker(new String[] {"东", "西"}, new String[] {"山"}, new SplittableRandom(4));
        p.reserve("东山");
        assertThat(p.next()).isEqualTo("西山");
    }
}
