package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PackedFields} gives back exactly the fields it packed, whatever they hold. */
final class PackedFieldsTest {
    private static final String[] PIECES = {"", "a", "330141900024", "下舍村", "village", " 12,5 ", "\"quoted\"",
        "😀", "\uD800", "x\uDC00y", "\u0000", "\r\n", "é", "\uFEFF"};

    private static String field(Random r) {
        StringBuilder b = new StringBuilder();
        int parts = r.nextInt(4);
        for (int k = 0; k < parts; k++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        if (r.nextInt(50) == 0) {
            b.append("长".repeat(r.nextInt(20_000)));   // lengths past one and two varint bytes
        }
        return b.toString();
    }

    @Test
    void unpack_randomRows_givesBackTheFieldsPacked() {
        Random r = new Random(2026);
        for (int c = 0; c < 5_000; c++) {
            List<String> fields = new ArrayList<>();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                fields.add(r.nextInt(40) == 0 ? null : field(r));
            }

            assertEquals(fields, PackedFields.unpack(PackedFields.pack(fields)), "case " + c);
        }
    }

    @Test
    void pack_aVillageRow_takesAboutItsUtf8Bytes() {
        List<String> row = List.of("330141900024", "下舍村", "village", "330141900", "3405", "1138", "1.8", "rural");

        byte[] packed = PackedFields.pack(row);

        assertThat(packed).hasSize(1 + 1 + 8 + 53);
        assertEquals(row, PackedFields.unpack(packed));
    }

    @Test
    void unpack_anUnpairedSurrogate_isKeptExactly() {
        List<String> row = Arrays.asList("a\uD800", "b", null, "");

        List<String> back = PackedFields.unpack(PackedFields.pack(row));

        assertEquals(row, back);
        assertThat(back.get(0).charAt(1)).isEqualTo('\uD800');
    }
}
