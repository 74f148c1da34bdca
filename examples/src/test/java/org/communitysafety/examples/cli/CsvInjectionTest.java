package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 6: CSV meant for spreadsheets does not carry live formulas from the data, unless --csv-raw. */
final class CsvInjectionTest {
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"click\")";
    /** As CSV: quoted, its quotes doubled. */
    private static final String HYPERLINK_CSV = "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"";

    @TempDir
    Path tmp;

    /** The tiny city, its community named by an attacker. */
    private Path data() throws IOException {
        String jurisdictions = TinyData.JURISDICTIONS.replace("春晖社区", HYPERLINK.replace("\"", "\"\""))
                .replace("330102001001,=", "330102001001,\"=").replace("\"\"),community", "\"\")\",community");
        return TinyData.write(tmp.resolve("data"), jurisdictions, TinyData.INCIDENTS_CLEAN);
    }

    @Test
    void report_csv_neutralisesAFormulaInAUnitName() throws IOException {
        CliRun r = CliRun.csi("report", "--data", data().toString(), "--period", "2023", "--format", "csv");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.out()).contains(",\"'" + HYPERLINK_CSV.substring(1) + ",").doesNotContain("," + HYPERLINK_CSV + ",");
    }

    @Test
    void report_csvRaw_keepsTheCellAsItIs() throws IOException {
        CliRun r = CliRun.csi("report", "--data", data().toString(), "--period", "2023", "--format", "csv",
                "--csv-raw");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.out()).contains("," + HYPERLINK_CSV + ",");
    }

    @Test
    void validate_rejects_neutraliseFormulasUnlessRaw() throws IOException {
        Path dir = TinyData.write(tmp.resolve("bad"), TinyData.JURISDICTIONS,
                TinyData.INCIDENTS_WITH_BAD_DATE.replace("I2,330102001001,theft", "I2,330102001001,@SUM(A1:A9)")
                        .replace("2023-02-30,true,false,,,call", "2023-02-30,true,false,-5.86,,+1+cmd|' /C calc'!A0"));
        Path rejects = tmp.resolve("rejects.csv");
        CliRun r = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", rejects.toString());
        assertThat(r.err()).doesNotContain("Exception");
        String text = Files.readString(rejects);
        assertThat(text).contains(",'@SUM(A1:A9),").contains(",'+1+cmd|' /C calc'!A0").contains(",-5.86,");

        CliRun raw = CliRun.csi("validate", "--data", dir.toString(), "--lenient", "--rejects", rejects.toString(),
                "--csv-raw");
        assertThat(raw.err()).doesNotContain("Exception");
        assertThat(Files.readString(rejects)).contains(",@SUM(A1:A9),").contains(",+1+cmd|' /C calc'!A0")
                .doesNotContain("'@");
    }
}
