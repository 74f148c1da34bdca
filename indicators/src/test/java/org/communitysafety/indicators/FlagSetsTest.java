package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A row's flags are one shared, unmodifiable set per combination, in declaration order. */
class FlagSetsTest {

    @Test
    void equalSets_shareOneInstance_inDeclarationOrder() {
        Set<Flag> a = Flag.copyOf(EnumSet.of(Flag.BELOW_95, Flag.SMALL_COUNT));
        Set<Flag> b = Flag.copyOf(new LinkedHashSet<>(List.of(Flag.BELOW_95, Flag.SMALL_COUNT)));
        assertThat(a).isSameAs(b).containsExactly(Flag.SMALL_COUNT, Flag.BELOW_95);
        assertThat(a).hasToString("[small_count, below_95]");
        assertThat(Flag.copyOf(Set.of())).isEmpty();
        assertThat(Flag.copyOf(EnumSet.noneOf(Flag.class))).isSameAs(Flag.copyOf(Set.of()));
        assertThatThrownBy(() -> a.add(Flag.ABOVE_95)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyCombination_isItself() {
        Flag[] flags = Flag.values();
        for (int bits = 0; bits < 1 << flags.length; bits += 37) {
            EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
            for (Flag f : flags) {
                if ((bits & 1 << f.ordinal()) != 0) {
                    set.add(f);
                }
            }
            assertThat(Flag.copyOf(set)).isEqualTo(set);
        }
    }
}
