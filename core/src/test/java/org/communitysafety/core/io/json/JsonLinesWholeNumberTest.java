package org.communitysafety.core.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.ReadReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: a count (staff, audience, population ...) is judged by the same rule whatever the
 * format. The JSON Lines reader hands the shared rules a number's text as written ({@code 1.0},
 * not Jackson's {@code 1}), so {@code 1.0} means what it means in a CSV cell — 1, as
 * spreadsheets and pandas write counts ({@code FieldValues.nonNegativeLong}) — and {@code 1.5},
 * {@code 1e0}, {@code 2000000001} are rejected with the CSV's words; as a JSON number and as a
 * JSON string alike.
 */
final class JsonLinesWholeNumberTest {
    private static final String JURISDICTIONS = """
            code,name,level,parent_code,population,households,area_km2,kind
            330100,后阴市,city,,,,,
            330102,白兴区,district,330100,,,,
            330102001,东湖街道,town,330102,,,,
            330102001001,春晖社区,community,330102001,5000,1800,1.2,
            """;
    private static final String HEADER =
            "id,unit,type,held_on,staff,volunteers,audience,households,hazards_found,hazards_fixed,leads,"
                    + "frauds_stopped,loss_avoided\n";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "staff {0}: as in CSV")
    @CsvSource(delimiter = '|', value = {"1.0", "3.00", "1.5", "1e0", "1E2", "-0", "0", "2000000000", "2000000001",
            "9223372036854775808", "-1"})
    void staff_jsonNumberOrString_judgedAsInCsv(String staff) throws IOException {
        List<String> csv = reasons(csvDir(staff), "outreach.csv");

        List<String> number = reasons(jsonDir(staff), "outreach.jsonl");
        List<String> string = reasons(jsonDir("\"" + staff + "\""), "outreach.jsonl");

        assertThat(number).as("JSON number %s", staff).isEqualTo(csv);
        assertThat(string).as("JSON string \"%s\"", staff).isEqualTo(csv);
    }

    private Path csvDir(String staff) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("csv"));
        Files.writeString(dir.resolve("jurisdictions.csv"), JURISDICTIONS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("outreach.csv"), HEADER + "O1,330102001001,visit,2024-03-18," + staff
                + ",2,36,44,1,1,1,0,\n", StandardCharsets.UTF_8);
        return dir;
    }

    private Path jsonDir(String staff) throws IOException {
        Path dir = tmp.resolve("json" + Math.abs(staff.hashCode()) + (staff.startsWith("\"") ? "s" : "n"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jurisdictions.csv"), JURISDICTIONS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("outreach.jsonl"), "{\"id\":\"O1\",\"unit\":\"330102001001\",\"type\":\"visit\","
                + "\"held_on\":\"2024-03-18\",\"staff\":" + staff + ",\"volunteers\":2,\"audience\":36,"
                + "\"households\":44,\"hazards_found\":1,\"hazards_fixed\":1,\"leads\":1,\"frauds_stopped\":0}\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    /** The reasons of the problems in {@code file}, and whether its row was accepted. */
    private static List<String> reasons(Path dir, String file) {
        ReadReport report = DatasetReader.read(dir).report();
        assertThat(report.files()).anyMatch(f -> f.file().equals(file) && f.rowsRead() == 1);
        List<String> reasons = report.problems().stream().filter(p -> p.file().equals(file))
                .map(p -> p.column().orElse("") + ": " + p.reason()).toList();
        long accepted = report.files().stream().filter(f -> f.file().equals(file)).mapToLong(f -> f.accepted()).sum();
        return java.util.stream.Stream.concat(reasons.stream(), java.util.stream.Stream.of("accepted " + accepted))
                .toList();
    }
}
