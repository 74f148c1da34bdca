package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.communitysafety.core.io.ReadProgress.Status;
import org.junit.jupiter.api.Test;

/** {@link ProgressReporter}: lines for a log, a bar for a terminal, nothing when quiet. */
final class ProgressReporterTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ProgressReporter reporter(boolean quiet, boolean interactive) {
        return new ProgressReporter(new PrintWriter(text), quiet, interactive, now::get);
    }

    private void at(double seconds) {
        now.set((long) (seconds * 1e9));
    }

    @Test
    void notATerminal_aLineEveryFiveSecondsAndOneAFile_thenThePhasesAndTheEnd() {
        ProgressReporter p = reporter(false, false);
        p.update(new Status("incidents.csv", 0, 0, 8_000_000, false));
        at(1);
        p.update(new Status("incidents.csv", 65_536, 2_000_000, 8_000_000, false));
        assertThat(text.toString()).isEmpty();   // not five seconds yet
        at(5.5);
        p.update(new Status("disputes.csv", 131_072, -1, -1, false));
        p.update(new Status("incidents.csv", 196_608, 4_000_000, 8_000_000, false));
        at(6);
        p.update(new Status("incidents.csv", 250_000, 8_000_000, 8_000_000, true));
        p.phase("computing the indicators");
        at(7.25);
        p.done();
        assertThat(text.toString().lines()).hasSize(4).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("csi: reading disputes.csv: 131,072 rows and 1 other file");
            assertThat(lines.get(1)).isEqualTo("csi: read incidents.csv: 250,000 rows, 7.6 MB");
            assertThat(lines.get(2)).isEqualTo("csi: computing the indicators");
            assertThat(lines.get(3)).startsWith("csi: done in 7.25 s, peak heap ").endsWith(" MB");
        });
    }

    @Test
    void aTerminal_aBarRedrawnInPlace_erasedBeforeOtherLines() {
        ProgressReporter p = reporter(false, true);
        at(0.5);
        p.update(new Status("incidents.csv", 65_536, 2_000_000, 8_000_000, false));
        at(0.6);
        p.update(new Status("incidents.csv", 131_072, 4_000_000, 8_000_000, false));   // under 200 ms: not drawn
        at(1);
        p.update(new Status("incidents.csv", 196_608, 6_000_000, 8_000_000, false));
        p.update(new Status("incidents.csv", 262_144, 8_000_000, 8_000_000, true));
        assertThat(text.toString()).isEqualTo(
                "\rreading incidents.csv [######------------------]  25%  65,536 rows\u001B[K"
                        + "\rreading incidents.csv [##################------]  75%  196,608 rows\u001B[K"
                        + "\r\u001B[Kcsi: read incidents.csv: 262,144 rows, 7.6 MB" + System.lineSeparator());
    }

    @Test
    void quiet_saysNothing() {
        ProgressReporter p = reporter(true, false);
        at(10);
        p.update(new Status("incidents.csv", 65_536, 2_000_000, 8_000_000, false));
        p.update(new Status("incidents.csv", 70_000, 8_000_000, 8_000_000, true));
        p.phase("writing");
        p.done();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void validate_saysOnStandardErrorWhatItReads_unlessQuiet() {
        CliRun loud = CliRun.csi("validate", "--sample");
        assertThat(loud.code()).as(loud.toString()).isEqualTo(Csi.OK);
        assertThat(loud.err()).contains("csi: read incidents.csv: 50,000 rows").contains("csi: done in ");
        assertThat(loud.out()).doesNotContain("csi: read ");
        CliRun quiet = CliRun.csi("validate", "--sample", "--quiet");
        assertThat(quiet.code()).isEqualTo(Csi.OK);
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).contains("result: clean");
    }
}
