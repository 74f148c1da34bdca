package org.communitysafety.core.io.tablesaw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.core.io.ReadTestSupport.messages;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.InteropSamples;
import org.communitysafety.core.io.InvalidDataException;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.ReadResult;
import org.communitysafety.core.io.RowSource;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.Money;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Data sets as Tablesaw tables and back, validated like files. */
final class TablesawTablesTest {
    private static final Dataset DATA = InteropSamples.full();

    private static Table jurisdictions() {
        return Table.create("units",
                StringColumn.create("code", "33", "330101001", "330101002"),
                StringColumn.create("name", "市", "西溪社区", "灵隐村"),
                StringColumn.create("level", "city", "community", "village"),
                StringColumn.create("parent_code", "", "33", "33"));
    }

    // ---- round trip ---------------------------------------------------------------------

    @Test
    void tables_thenDataset_givesAnEqualDataset() {
        Map<String, Table> tables = Tables.tables(DATA);

        Dataset back = Tables.dataset(tables);

        assertThat(tables).containsOnlyKeys("jurisdictions", "taxonomy", "populations", "incidents", "disputes",
                "outreach");
        assertThat(back).isEqualTo(DATA);
        assertThat(back.incidents().get(0).loss()).isEqualTo(Money.ofYuan("123456789.99"));
        assertThat(back.incidents().get(0).recovered()).isEqualTo(Money.ofFen(1));
    }

    @Test
    void read_fourTables_givesTheRecordsWithTheDefaultTaxonomy() {
        Dataset plain = Dataset.of(DATA.tree(), List.of(Incident.of("I1", "330101001", "theft",
                LocalDate.of(2024, 3, 7), true)), DATA.disputes(), DATA.outreach());

        Dataset back = Tables.dataset(Tables.jurisdictions(plain), Tables.incidents(plain), Tables.disputes(plain),
                Tables.outreach(plain));

        assertThat(back).isEqualTo(plain);
        assertThat(Tables.tables(plain)).containsOnlyKeys("jurisdictions", "incidents", "disputes", "outreach");
    }

    // ---- data set → tables --------------------------------------------------------------

    @Test
    void incidents_columnsNamedAndTypedLikeTheCsv() {
        Table t = Tables.incidents(DATA);

        assertThat(t.name()).isEqualTo("incidents");
        assertThat(t.columnNames()).isEqualTo(DatasetWriter.columns("incidents"));
        assertThat(t.columns().stream().map(c -> c.type()).toList()).containsExactly(ColumnType.STRING, ColumnType.STRING, ColumnType.STRING,
                ColumnType.LOCAL_DATE, ColumnType.LOCAL_DATE, ColumnType.LOCAL_DATE, ColumnType.BOOLEAN,
                ColumnType.BOOLEAN, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.STRING);
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.dateColumn("occurred_on").get(0)).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(t.dateColumn("cleared_on").isMissing(1)).isTrue();
        assertThat(t.booleanColumn("repeat_call").get(0)).isTrue();
        assertThat(t.doubleColumn("loss").get(0)).isEqualTo(123456789.99);
        assertThat(t.doubleColumn("loss").get(1)).isEqualTo(0.0);
        assertThat(t.doubleColumn("recovered").get(0)).isEqualTo(0.01);
        assertThat(t.stringColumn("source").get(0)).isEqualTo("online");
        assertThat(t.stringColumn("source").isMissing(1)).isTrue();
        assertThat(t.stringColumn("id").get(2)).isEqualTo("案-3");
    }

    @Test
    void incidents_withATime_giveTheDayInTheDateColumn() {
        Dataset timed = Dataset.of(DATA.tree(), List.of(Incident.of("I1", "330101001", "theft",
                LocalDate.of(2024, 3, 7), true).withOccurredTime(java.time.LocalTime.of(14, 23))
                .withReported(LocalDate.of(2024, 3, 8), java.time.LocalTime.of(8, 0, 5))), List.of(), List.of());

        Table t = Tables.incidents(timed);

        assertThat(t.dateColumn("occurred_on").get(0)).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(t.dateColumn("reported_on").get(0)).isEqualTo(LocalDate.of(2024, 3, 8));
    }

    @Test
    void jurisdictionsOutreachPopulations_numbersTypedAbsentMissing() {
        Table units = Tables.jurisdictions(DATA);
        Table outreach = Tables.outreach(DATA);
        Table populations = Tables.populations(DATA);

        assertThat(units.columnNames()).isEqualTo(DatasetWriter.columns("jurisdictions"));
        LongColumn population = units.longColumn("population");
        StringColumn code = units.stringColumn("code");
        assertThat(population.get(code.indexOf("330101001"))).isEqualTo(5000L);
        assertThat(population.isMissing(code.indexOf("3301"))).isTrue();
        assertThat(units.doubleColumn("area_km2").get(code.indexOf("330101001"))).isEqualTo(1.2);
        assertThat(units.doubleColumn("area_km2").isMissing(code.indexOf("330101002"))).isTrue();
        assertThat(units.stringColumn("name").get(code.indexOf("33"))).isEqualTo("测试市");
        assertThat(outreach.column("staff")).isInstanceOf(LongColumn.class);
        assertThat(outreach.doubleColumn("loss_avoided").get(0)).isEqualTo(5000.05);
        assertThat(populations.column("year")).isInstanceOf(IntColumn.class);
        assertThat(populations.longColumn("households").isMissing(1)).isTrue();
        assertThat(Tables.taxonomy(DATA).stringColumn("code").get(18)).isEqualTo("elder_fraud");
    }

    // ---- tables → data set: validation --------------------------------------------------

    @Test
    void read_tableWithBadValues_problemsNameTheTableAndRow() {
        Table incidents = Table.create("mine",
                StringColumn.create("id", "I1", "I2", "I3"),
                StringColumn.create("unit", "330101001", "330101001", "nowhere"),
                StringColumn.create("category", "theft", "theft", "theft"),
                StringColumn.create("occurred_on", "2023-02-01", "2023-02-01", "2023-02-01"),
                StringColumn.create("cleared_on", "", "2023-02-30", ""));

        ReadResult result = Tables.read(jurisdictions(), incidents, null, null);

        assertThat(messages(result)).containsExactly(
                "incidents (table) line 2, column cleared_on: 2023-02-30 is not a date",
                "incidents (table) line 3, column unit: unknown unit nowhere");
        assertThat(result.dataset()).isEmpty();
        assertThat(result.report().file(DatasetReader.sourceName("incidents")))
                .isEqualTo(new FileSummary("incidents (table)", true, 3, 1, 2, 0));
        assertThat(result.report().rejected().get(0).fields()).containsExactly("I2", "330101001", "theft",
                "2023-02-01", "2023-02-30");
        assertThatThrownBy(() -> Tables.dataset(jurisdictions(), incidents, null, null))
                .isInstanceOf(InvalidDataException.class);
    }

    @Test
    void read_lenient_loadsTheGoodRows() {
        Table incidents = Table.create("incidents",
                StringColumn.create("id", "I1", "I2"),
                StringColumn.create("unit", "330101001", "330101001"),
                StringColumn.create("category", "theft", "thef"),
                DateColumn.create("occurred_on", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)));
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put("jurisdictions", jurisdictions());
        tables.put("incidents", incidents);

        ReadResult result = Tables.read(tables, ReadOptions.defaults().asLenient());

        assertThat(messages(result)).containsExactly(
                "incidents (table) line 2, column category: unknown category thef; did you mean theft?");
        assertThat(result.dataset().orElseThrow().incidents()).extracting(Incident::id).containsExactly("I1");
    }

    @Test
    void read_anyColumnTypesOrderAndCase_becomeCsvText() {
        Table incidents = Table.create("incidents",
                DateColumn.create("Occurred_On", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2),
                        LocalDate.of(2024, 1, 3)),
                LongColumn.create("UNIT", 330101001L, 330101002L, 330101001L),
                StringColumn.create("id", "I1", "I2", "I3"),
                StringColumn.create("category", "theft", "fraud", "fraud"),
                DoubleColumn.create("loss", 0.1 + 0.2, 12.5, Double.NaN),
                IntColumn.create("recovered", 3, 0, 0),
                BooleanColumn.create("criminal", new boolean[] {false, true, true}),
                StringColumn.create("colour", "red", "green", "blue"));

        ReadResult result = Tables.read(jurisdictions(), incidents, null, null);

        assertThat(messages(result)).containsExactly("incidents (table) line 1, column colour: warning: unknown"
                + " column, ignored; the columns of incidents (table) are id, unit, category, occurred_on,"
                + " reported_on, cleared_on, criminal, repeat_call, loss, recovered, source, grid, latitude, longitude,"
                + " crs, address");
        List<Incident> read = result.orThrow().incidents();
        assertThat(read).extracting(Incident::loss).containsExactly(Money.ofFen(30), Money.ofFen(1250), Money.ZERO);
        assertThat(read.get(0).recovered()).isEqualTo(Money.ofYuan(3));
        assertThat(read.get(0).criminal()).isFalse();
        assertThat(read.get(1).unit()).isEqualTo("330101002");
        assertThat(read.get(2).occurredOn()).isEqualTo(LocalDate.of(2024, 1, 3));
    }

    @Test
    void read_amountWithThreeDecimals_isReportedNotRounded() {
        Table incidents = Table.create("incidents",
                StringColumn.create("id", "I1"),
                StringColumn.create("unit", "330101001"),
                StringColumn.create("category", "theft"),
                StringColumn.create("occurred_on", "2024-01-01"),
                DoubleColumn.create("loss", 12.345));

        ReadResult result = Tables.read(jurisdictions(), incidents, null, null);

        assertThat(messages(result)).containsExactly(
                "incidents (table) line 1, column loss: 12.345 has more than 2 decimal places");
    }

    @Test
    void read_withoutJurisdictions_isAnError() {
        ReadResult result = Tables.read(Map.of("incidents", Tables.incidents(DATA)), ReadOptions.defaults());

        assertThat(messages(result)).startsWith(
                "jurisdictions (table): no jurisdictions were given; they are required",
                "incidents (table) line 1, column unit: unknown unit 330101001");
        assertThat(result.report().file("incidents (table)").rejected()).isEqualTo(3);
        assertThat(result.dataset()).isEmpty();
    }

    @Test
    void read_unknownTableName_isRefused() {
        assertThatThrownBy(() -> Tables.read(Map.of("incident", Tables.incidents(DATA)), ReadOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown source incident; the sources are taxonomy, jurisdictions, populations,"
                        + " incidents, disputes, outreach; did you mean incidents?");
    }

    // ---- the row source -----------------------------------------------------------------

    @Test
    void rowSource_cellsAsCsvText_rowIndexPlusOneAsLine() throws Exception {
        Table t = Table.create("t",
                DateColumn.create("d", new LocalDate[] {LocalDate.of(2024, 3, 7), null}),
                DoubleColumn.create("area_km2", 0.0001, 5.0),
                DoubleColumn.create("loss", 1e15, Double.NaN),
                BooleanColumn.create("b", new boolean[] {true, false}),
                LongColumn.create("n", 7L, -1L));

        try (RowSource source = Tables.rowSource(t)) {
            assertThat(source.header()).contains(List.of("d", "area_km2", "loss", "b", "n"));
            assertThat(source.next()).isTrue();
            assertThat(source.line()).isEqualTo(1);
            assertThat(source.fields()).containsExactly("2024-03-07", "0.0001", "1000000000000000", "true", "7");
            assertThat(source.next()).isTrue();
            assertThat(source.line()).isEqualTo(2);
            assertThat(source.fields()).containsExactly("", "5", "", "false", "-1");
            assertThat(source.rowError()).isEmpty();
            assertThat(source.next()).isFalse();
        }
    }

    @Test
    void decimal_amountNoise_roundedOnlyWithinTwoUlps() {
        assertThat(TableRowSource.decimal(0.1 + 0.2, true)).isEqualTo("0.30");
        assertThat(TableRowSource.decimal(0.1 + 0.2, false)).isEqualTo("0.30000000000000004");
        assertThat(TableRowSource.decimal(12.345, true)).isEqualTo("12.345");
        assertThat(TableRowSource.decimal(123456789.99, true)).isEqualTo("123456789.99");
        assertThat(TableRowSource.decimal(99999999999.99, true)).isEqualTo("99999999999.99");
        assertThat(TableRowSource.decimal(1.1f, true)).isEqualTo("1.1");
        assertThat(TableRowSource.decimal(Double.POSITIVE_INFINITY, true)).isEqualTo("Infinity");
    }
}
