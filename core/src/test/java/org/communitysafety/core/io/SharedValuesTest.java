package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link SharedValues} hands out a value equal to the one given, the same object for a repeat. */
final class SharedValuesTest {
    @Test
    void everyValue_isEqualToTheOneGiven_overManyValuesThatShareSlots() {
        SharedValues shared = new SharedValues();
        Random r = new Random(8);
        for (int k = 0; k < 500_000; k++) {   // far more values than slots: collisions replace, never confuse
            long v = r.nextInt(300_000) - (r.nextInt(10) == 0 ? 1L << 40 : 0);
            String text = "村" + r.nextInt(200_000);
            double d = r.nextInt(2000) / 10.0 * (r.nextInt(50) == 0 ? -1 : 1);

            assertEquals(v, shared.optionalLong(v).getAsLong());
            assertEquals(text, shared.text(text));
            assertEquals(Optional.of(text), shared.optionalText(Optional.of(text)));
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(shared.optionalDouble(d).getAsDouble()));
        }
    }

    @Test
    void aRepeatedValue_isTheSameObject() {
        SharedValues shared = new SharedValues();
        String first = new String("下舍村");

        assertThat(shared.text(first)).isSameAs(first);
        assertThat(shared.text(new String("下舍村"))).isSameAs(first);
        OptionalLong population = shared.optionalLong(1744);
        assertThat(shared.optionalLong(1744)).isSameAs(population);
        OptionalDouble area = shared.optionalDouble(3.3);
        assertThat(shared.optionalDouble(3.3)).isSameAs(area);
        Optional<String> parent = shared.optionalText(Optional.of("330141900"));
        assertThat(shared.optionalText(Optional.of(new String("330141900")))).isSameAs(parent);
        assertThat(shared.optionalText(Optional.empty())).isEmpty();
    }

    @Test
    void zeroAndNegativeZero_stayApart() {
        SharedValues shared = new SharedValues();
        shared.optionalDouble(0.0);

        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(shared.optionalDouble(-0.0).getAsDouble()));
    }
}
