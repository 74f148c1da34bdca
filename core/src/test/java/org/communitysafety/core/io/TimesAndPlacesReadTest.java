package org.communitysafety.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.record.Coordinates;
import org.communitysafety.core.record.Crs;
import org.communitysafety.core.record.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incidents with times of day (issue 12 item 6) and places (item 7), read into objects and into column stores. */
final class TimesAndPlacesReadTest {
    /** {@link ReadTestSupport#JURISDICTIONS} with two grids in 西溪社区. */
    static final String WITH_GRIDS = ReadTestSupport.JURISDICTIONS
            + "330101001-01,西溪一网格,网格,330101001,,,,\n"
            + "330101001-02,西溪二网格,grid,330101001,,,,\n";

    @TempDir
    Path dir;

    private void write(String incidents) throws IOException {
        Files.writeString(dir.resolve("jurisdictions.csv"), WITH_GRIDS);
        Files.writeString(dir.resolve("incidents.csv"), incidents);
    }

    @Test
    void read_dateTimes_keepTheTimeAndTheDelayInMinutes() throws IOException {
        write("id,unit,category,occurred_on,reported_on,cleared_on\n"
                + "I1,330101001,theft,2024-03-07 14:23,2024-03-07 15:05,\n"
                + "I2,330101001,theft,2024年3月8日9时5分,2024-03-09T09:04:30,2024-03-10 08:00\n"
                + "I3,330101002,fraud,2024-03-09,2024-03-10 10:00,\n");

        ReadResult objects = DatasetReader.read(dir);
        ColumnarReadResult columns = DatasetReader.readColumnar(dir, ReadOptions.defaults());

        Map<String, Incident> byId = objects.orThrow().incidents().stream()
                .collect(Collectors.toMap(Incident::id, i -> i));
        assertThat(byId.get("I1").occurredTime()).contains(LocalTime.of(14, 23));
        assertThat(byId.get("I1").reportingDelayMinutes()).isEqualTo(OptionalLong.of(42));
        assertThat(byId.get("I2").occurredOn()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(byId.get("I2").reportedTime()).contains(LocalTime.of(9, 4, 30));
        // 1 day less one minute: 09:05 on the 8th to 09:04 on the 9th
        assertThat(byId.get("I2").reportingDelayMinutes()).isEqualTo(OptionalLong.of(1439));
        assertThat(byId.get("I2").clearedOn()).contains(LocalDate.of(2024, 3, 10));
        assertThat(byId.get("I3").occurredTime()).as("no time is made up").isEmpty();
        assertThat(byId.get("I3").reportingDelayMinutes()).isEmpty();

        IncidentStore store = columns.orThrow().incidents();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < store.size(); r++) {
            rows.add(store.minuteOfDay(r) + "/" + store.reportingDelayMinutes(r));
        }
        assertThat(rows).containsExactlyInAnyOrder("863/42", "545/1439", "-1/-1");
        assertThat(store.hasTimes()).isTrue();
        assertThat(store.hasCoordinates()).isFalse();
        // 10 bytes of core columns + 2 of minutes + 2 of delays, no amounts
        assertThat(store.bytes()).isEqualTo(3 * 14);
        assertThat(IncidentStore.of(objects.orThrow()).bytes()).isEqualTo(store.bytes());
    }

    @Test
    void read_badTimes_nameFileRowAndColumn() throws IOException {
        write("id,unit,category,occurred_on,reported_on\n"
                + "I1,330101001,theft,2024-03-07 24:61,\n"
                + "I2,330101001,theft,2024-03-07 14:23,2024-03-07 10:00\n"
                + "I3,330101001,theft,2024-02-30 10:00,\n"
                + "I4,330101001,theft,2024-03-07 14:23,2024-03-07 14:23\n");
        Files.writeString(dir.resolve("disputes.csv"), "id,unit,type,received_on,status,closed_on\n"
                + "D1,330101001,land,2024-03-01 09:00,resolved,2024年3月2日17时30分\n");

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().asLenient());

        assertThat(ReadTestSupport.messages(result)).containsExactly(
                "incidents.csv line 2, column occurred_on: 2024-03-07 24:61 is not a time of day",
                "incidents.csv line 3, column reported_on: reported_on 2024-03-07 10:00 is before occurred_on "
                        + "2024-03-07 14:23",
                "incidents.csv line 4, column occurred_on: 2024-02-30 10:00 is not a date");
        assertThat(result.orThrow().incidents()).extracting(Incident::id).containsExactly("I4");
        assertThat(result.orThrow().disputes().get(0).closedOn()).contains(LocalDate.of(2024, 3, 2));
        ReadTestSupport.assertBooksBalance(result);
    }

    @Test
    void read_grid_becomesTheIncidentsUnitWhenItIsAGridBelowTheUnit() throws IOException {
        write("id,unit,category,occurred_on,所属网格\n"
                + "I1,330101001,theft,2024-03-07,330101001-01\n"
                + "I2,330101002,theft,2024-03-07,330101001-01\n"
                + "I3,330101,theft,2024-03-07,330101001\n"
                + "I4,330101001,theft,2024-03-07,330101001-09\n"
                + "I5,330101001,theft,2024-03-07,西溪二网格\n"
                + "I6,330101001-02,theft,2024-03-07,\n");

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().asLenient());
        ColumnarReadResult columns = DatasetReader.readColumnar(dir, ReadOptions.defaults().asLenient());

        assertThat(ReadTestSupport.messages(result)).containsExactly(
                "incidents.csv line 3, column grid: grid 330101001-01 is not in unit 330101002",
                "incidents.csv line 4, column grid: 330101001 is a village, not a grid",
                "incidents.csv line 5, column grid: unknown unit 330101001-09; did you mean 330101001-01?");
        assertThat(result.orThrow().incidents()).extracting(Incident::unit)
                .containsExactly("330101001-01", "330101001-02", "330101001-02");
        IncidentStore store = columns.orThrow().incidents();
        int grid1 = columns.orThrow().tree().indexOf("330101001-01");
        assertThat(store.size()).isEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, 3).filter(r -> store.unit(r) == grid1).count()).isEqualTo(1);
        assertThat(store.bytes()).as("a grid is the unit: no column more").isEqualTo(3 * 10);
        ReadTestSupport.assertBooksBalance(result);
    }

    @Test
    void read_coordinates_rangesBothOrNeitherAndCrs() throws IOException {
        write("id,unit,category,occurred_on,纬度,经度,坐标系,发案地址\n"
                + "I1,330101001,theft,2024-03-07,30.2741,120.1551,,西溪路1号\n"
                + "I2,330101001,theft,2024-03-07,91,120.1551,,\n"
                + "I3,330101001,theft,2024-03-07,30.2741,-180.5,,\n"
                + "I4,330101001,theft,2024-03-07,30.2741,,,\n"
                + "I5,330101001,theft,2024-03-07,30.277,120.161,GCJ-02,\n"
                + "I6,330101001,theft,2024-03-07,-33.8688,151.2093,gcj02,\n"
                + "I7,330101001,theft,2024-03-07,30.28,120.17,mars,\n"
                + "I8,330101001,theft,2024-03-07,,,,灵隐路\n"
                + "I9,330101001,theft,2024-03-07,north,120,,\n");

        ReadResult result = DatasetReader.read(dir, ReadOptions.defaults().asLenient());
        ColumnarReadResult columns = DatasetReader.readColumnar(dir, ReadOptions.defaults().asLenient());

        assertThat(ReadTestSupport.messages(result)).containsExactly(
                "incidents.csv line 3, column latitude: latitude 91 is outside -90..90 degrees",
                "incidents.csv line 4, column longitude: longitude -180.5 is outside -180..180 degrees",
                "incidents.csv line 5, column longitude: latitude is given without longitude; give both or neither",
                "incidents.csv line 8, column crs: mars is not a known coordinate reference system; expected one of"
                        + " wgs84 / gcj02 / bd09",
                "incidents.csv line 10, column latitude: north is not a number",
                "incidents.csv: 2 incidents give coordinates in GCJ-02; they are kept as given, not converted");
        assertThat(result.report().problems().get(5).severity()).isEqualTo(Severity.INFO);
        Map<String, Incident> byId = result.orThrow().incidents().stream()
                .collect(Collectors.toMap(Incident::id, i -> i));
        assertThat(byId.keySet()).containsExactlyInAnyOrder("I1", "I5", "I6", "I8");
        assertThat(byId.get("I1").coordinates()).contains(new Coordinates(30.2741, 120.1551, Crs.WGS84));
        assertThat(byId.get("I1").address()).contains("西溪路1号");
        assertThat(byId.get("I6").coordinates()).contains(new Coordinates(-33.8688, 151.2093, Crs.GCJ02));
        assertThat(byId.get("I8").coordinates()).isEmpty();
        assertThat(byId.get("I8").address()).contains("灵隐路");

        IncidentStore store = columns.orThrow().incidents();
        List<String> places = new ArrayList<>();
        for (int r = 0; r < store.size(); r++) {
            places.add(store.hasCoordinates(r) ? store.coordinates(r).toString() : "none");
        }
        assertThat(places).containsExactlyInAnyOrder("30.274100,120.155100 (wgs84)", "30.277000,120.161000 (gcj02)",
                "-33.868800,151.209300 (gcj02)", "none");
        assertThat(store.bytes()).as("10 core + 8 coordinate bytes + 1 for their crs each").isEqualTo(4 * 19);
        assertThat(columns.report()).isEqualTo(result.report());
        ReadTestSupport.assertBooksBalance(result);
    }

    @Test
    void write_timesAndPlaces_readBackEqual_andWithoutThemTheHeaderIsUnchanged() throws IOException {
        write("id,unit,category,occurred_on,reported_on,latitude,longitude,crs,address\n"
                + "I1,330101001,theft,2024-03-07 14:23:05,2024-03-08 08:00,30.2741,120.1551,bd09,\"西溪路1号, 东门\"\n"
                + "I2,330101001-01,fraud,2024-03-09,,,,,\n");
        Dataset data = DatasetReader.read(dir).orThrow();
        Path out = dir.resolve("out");

        DatasetWriter.write(data, out);

        assertThat(Files.readAllLines(out.resolve("incidents.csv")).get(0)).isEqualTo("id,unit,category,occurred_on,"
                + "reported_on,cleared_on,criminal,repeat_call,loss,recovered,source,latitude,longitude,crs,address");
        assertThat(Files.readAllLines(out.resolve("incidents.csv")).get(1)).startsWith(
                "I1,330101001,theft,2024-03-07 14:23:05,2024-03-08 08:00,");
        assertThat(DatasetReader.read(out).orThrow().incidents()).isEqualTo(data.incidents());

        Dataset plain = new Dataset(data.tree(), data.taxonomy(), data.populations(),
                List.of(Incident.of("I3", "330101001", "theft", LocalDate.of(2024, 1, 1), true)), List.of(), List.of());
        Path out2 = dir.resolve("out2");
        DatasetWriter.write(plain, out2);
        assertThat(Files.readAllLines(out2.resolve("incidents.csv")).get(0)).isEqualTo(
                "id,unit,category,occurred_on,reported_on,cleared_on,criminal,repeat_call,loss,recovered,source");
        assertThat(DatasetWriter.columns("incidents")).hasSize(11);
        assertThat(Files.readAllLines(out2.resolve("incidents.csv")).get(1)).isEqualTo(
                "I3,330101001,theft,2024-01-01,,,true,false,,,");
    }

    @Test
    void writeJsonLines_timesAndPlaces_readBackEqual_andAbsentPlacesWriteNoKeys() throws IOException {
        write("id,unit,category,occurred_on,reported_on,latitude,longitude,crs,address\n"
                + "I1,330101001,theft,2024-03-07 14:23:05,2024-03-08 08:00,-30.2741,120.1551,gcj02,西溪路1号\n"
                + "I2,330101001-01,fraud,2024-03-09,,,,,\n");
        Dataset data = DatasetReader.read(dir).orThrow();
        Path out = dir.resolve("json");

        org.communitysafety.core.io.json.JsonLinesWriter.write(data, out);

        List<String> lines = Files.readAllLines(out.resolve("incidents.jsonl"));
        assertThat(lines.get(0)).contains("\"occurred_on\":\"2024-03-07 14:23:05\"", "\"latitude\":-30.2741",
                "\"crs\":\"gcj02\"", "\"address\":\"西溪路1号\"");
        assertThat(lines.get(1)).doesNotContain("latitude", "crs", "address");
        Files.delete(dir.resolve("incidents.csv"));
        Files.copy(out.resolve("incidents.jsonl"), dir.resolve("incidents.jsonl"));
        assertThat(DatasetReader.read(dir).orThrow().incidents()).isEqualTo(data.incidents());
    }
}
