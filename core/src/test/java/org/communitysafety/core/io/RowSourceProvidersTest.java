package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The formats the reader finds through {@code META-INF/services}: JSON Lines, registered by io.json. */
final class RowSourceProvidersTest {
    @Test
    void all_listsJsonLines_availableWithJacksonOnTheClassPath() {
        assertThat(RowSourceProviders.all()).singleElement().satisfies(p -> {
            assertThat(p.extension()).isEqualTo("jsonl");
            assertThat(p.getClass().getName()).isEqualTo("org.communitysafety.core.io.json.JsonLinesProvider");
            assertThat(p.unavailable()).isEmpty();
        });
    }
}
