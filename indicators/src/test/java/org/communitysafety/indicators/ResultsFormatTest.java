package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tidy results as JSON and CSV: the same columns, nulls where nothing applies (the Tablesaw table: {@code interop.tablesaw.ResultsTablesTest}). */
class ResultsFormatTest {

    static final Results R = HandComputedTest.R;

    @Test
    void jsonHasThePeriodTheBaselineAndEveryColumnOfEveryRow() throws Exception {
        JsonNode root = new ObjectMapper().readTree(R.toJson());
        assertThat(root.get("period").asText()).isEqualTo("2024");
        assertThat(root.get("baseline").asText()).isEqualTo("2023");
        assertThat(root.get("rows").size()).isEqualTo(R.size());
        for (JsonNode row : root.get("rows")) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(Results.COLUMNS);
        }
        JsonNode count = rowOf(root, "incidents.count", "T", "all");
        assertThat(count.get("value").isIntegralNumber()).isTrue();
        assertThat(count.get("value").asLong()).isEqualTo(5);
        assertThat(count.get("numerator").isNull()).isTrue();
        assertThat(count.get("changePoints").isNull()).isTrue();
        assertThat(count.get("change").asLong()).isEqualTo(2);
        assertThat(count.get("significant").asBoolean()).isFalse();
        assertThat(count.get("flags").get(0).asText()).isEqualTo("small_count");
        JsonNode rate = rowOf(root, "incidents.clearance_rate", "T", "all");
        assertThat(rate.get("value").asDouble()).isEqualTo(0.6);
        assertThat(rate.get("numerator").asLong()).isEqualTo(3);
        assertThat(rate.get("denominator").asLong()).isEqualTo(5);
        assertThat(rate.get("changePct").asDouble()).isEqualTo(80.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rate.get("changePoints").asDouble()).isEqualTo(26.666666666666668,
                org.assertj.core.api.Assertions.within(1e-9));
        JsonNode zero = rowOf(root, "incidents.count", "V3", "criminal");
        assertThat(zero.get("changePct").isNull()).isTrue();
        assertThat(zero.get("pValue").isNull()).isTrue();
        assertThat(zero.get("significant").isNull()).isTrue();
        JsonNode none = new ObjectMapper().readTree(Indicators.of(HandComputedTest.DATA).period("2024")
                .compute("incidents.count").toJson());
        assertThat(none.get("baseline").isNull()).isTrue();
        assertThat(none.get("rows").get(0).get("baselinePeriod").isNull()).isTrue();
    }

    private static JsonNode rowOf(JsonNode root, String indicator, String unit, String group) {
        for (JsonNode row : root.get("rows")) {
            if (row.get("indicator").asText().equals(indicator) && row.get("unit").asText().equals(unit)
                    && row.get("group").asText().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no row " + indicator + " " + unit + " " + group);
    }

    @Test
    void csvHasTheSameColumnsAndALinePerRow() {
        String[] lines = R.toCsv().split("\r?\n");
        assertThat(lines[0]).isEqualTo(String.join(",", Results.COLUMNS));
        assertThat(lines).hasSize(R.size() + 1);
        String t = java.util.Arrays.stream(lines)
                .filter(l -> l.startsWith("incidents.clearance_rate,T,Town,town,2024,all,")).findFirst().orElseThrow();
        assertThat(t).startsWith("incidents.clearance_rate,T,Town,town,2024,all,0.6,3,5,");
        assertThat(t).endsWith(",small_count;baseline_small_count");
    }

    @Test
    void toStringShowsABoundedTable() {
        String s = R.toString();
        assertThat(s).startsWith("Results: " + R.size() + " rows, period 2024 vs 2023");
        assertThat(s).contains("more rows");
        assertThat(s.lines().count()).isLessThan(30);
    }
}
