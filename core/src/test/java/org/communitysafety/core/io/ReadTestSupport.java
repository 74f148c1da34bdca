package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What the reader tests (CSV, JSON Lines, Tablesaw) share: a small jurisdictions file, and what
 * they ask of every {@link ReadResult}.
 */
public final class ReadTestSupport {
    /** A city, a district, a street and two communities (5000 and 1200 people), as {@code jurisdictions.csv}. */
    public static final String JURISDICTIONS = """
            code,name,level,parent_code,population,households,area_km2,kind
            33,测试市,市,,,,,
            3301,西湖区,区,33,,,,
            330101,北山街道,街道,3301,,,,
            330101001,西溪社区,社区,330101,5000,1800,1.2,
            330101002,灵隐村,村,330101,1200,400,6.5,rural
            """;

    private ReadTestSupport() {}

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
