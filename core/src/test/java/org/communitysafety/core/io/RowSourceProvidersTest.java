package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The formats the reader finds through {@code META-INF/services}: JSON Lines, registered by io.json,
 * and Excel workbooks, registered by io.xlsx, in that order.
 */
final class RowSourceProvidersTest {
    @Test
    void all_listsJsonLinesAndXlsx_availableWithJacksonOnTheClassPath() {
        assertThat(RowSourceProviders.all()).hasSize(2);
        assertThat(RowSourceProviders.all().get(0)).satisfies(p -> {
            assertThat(p.extension()).isEqualTo("jsonl");
            assertThat(p.getClass().getName()).isEqualTo("org.communitysafety.core.io.json.JsonLinesProvider");
            assertThat(p.unavailable()).isEmpty();
        });
        assertThat(RowSourceProviders.all().get(1)).satisfies(p -> {
            assertThat(p.extension()).isEqualTo("xlsx");
            assertThat(p.getClass().getName()).isEqualTo("org.communitysafety.core.io.xlsx.XlsxProvider");
            assertThat(p.unavailable()).isEmpty();
        });
    }
}
