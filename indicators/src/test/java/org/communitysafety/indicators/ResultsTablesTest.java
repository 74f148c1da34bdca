package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communitysafety.indicators.interop.tablesaw.ResultsTables;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** {@link ResultsTables}: results as a Tablesaw table (was {@code Results.table()}): the same columns as JSON and CSV, missing where nothing applies. */
final class ResultsTablesTest {

    static final Results R = HandComputedTest.R;

    @Test
    void tablesawTableHasAColumnPerFieldAndARowPerResult() {
        Table table = ResultsTables.of(R);
        assertThat(table.columnNames()).isEqualTo(Results.COLUMNS);
        assertThat(table.rowCount()).isEqualTo(R.size());
        int i = R.rows().indexOf(R.get("incidents.count", "T", "all"));
        assertThat(table.doubleColumn("value").get(i)).isEqualTo(5.0);
        assertThat(table.longColumn("numerator").isMissing(i)).isTrue();
    }

    @Test
    void of_namesThePeriodAndBaseline_andTypesTheColumns() {
        Table table = ResultsTables.of(R);
        assertThat(table.name()).isEqualTo("indicators 2024 vs 2023");
        int i = R.rows().indexOf(R.get("incidents.clearance_rate", "T", "all"));
        assertThat(table.longColumn("numerator").get(i)).isEqualTo(3L);
        assertThat(table.stringColumn("flags").get(i)).isEqualTo("small_count;baseline_small_count");
        assertThat(table.booleanColumn("significant").isMissing(i)).isFalse();
    }

    @Test
    void of_null_namesTheArgument() {
        assertThatThrownBy(() -> ResultsTables.of(null)).isInstanceOf(NullPointerException.class).hasMessage("results");
    }
}
