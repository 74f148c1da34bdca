package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the reader tests (CSV, JSON Lines, Tablesaw) ask of every {@link ReadResult}. */
public final class ReadChecks {
    private ReadChecks() {}

    /** The problems as the user reads them: {@link Problem#toString()}, in report order. */
    public static List<String> messages(ReadResult result) {
        return result.report().problems().stream().map(Problem::toString).toList();
    }

    /** Every file's rows are accepted or rejected, and every rejected row is kept. */
    public static void assertBooksBalance(ReadResult result) {
        for (FileSummary f : result.report().files()) {
            assertThat(f.rowsRead()).as(f.file()).isEqualTo(f.accepted() + f.rejected());
        }
        assertThat(result.report().rejected()).hasSize((int) result.report().rowsRejected());
    }
}
