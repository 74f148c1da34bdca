package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The top command: help, version, usage errors and internal errors. */
final class CsiTest {

    @Test
    void run_noArguments_usageErrorWithHint() {
        CliRun r = CliRun.csi();
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.USAGE);
        assertThat(r.err()).isEqualTo("csi: no command given; use report, validate, inspect, generate or help\n"
                + "Try 'csi --help' for more information.\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void run_misspeltCommand_usageErrorSuggestingTheCommand() {
        CliRun r = CliRun.csi("valdate", "--sample");
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.USAGE);
        assertThat(r.err()).contains("csi: unmatched argument").contains("validate");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "csi {0}")
    @ValueSource(strings = {"--help", "-h", "help"})
    void run_help_listsCommandsAndExitCodes(String help) {
        CliRun r = CliRun.csi(help);
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.out()).contains("Usage: csi").contains("validate").contains("generate").contains("help")
                .contains("--version").contains("Exit codes: 0 success, 1 errors in the data, 2 usage error");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest(name = "csi help {0}")
    @ValueSource(strings = {"validate", "generate"})
    void run_helpCommand_showsTheCommandsUsage(String command) {
        CliRun r = CliRun.csi("help", command);
        assertThat(r.code()).as(r.toString()).isEqualTo(Csi.OK);
        assertThat(r.out()).startsWith("Usage: csi " + command);
    }

    @ParameterizedTest(name = "csi {0}")
    @ValueSource(strings = {"--version", "-V"})
    void run_version_printsNameAndVersion(String option) {
        CliRun r = CliRun.csi(option);
        assertThat(r.code()).isEqualTo(Csi.OK);
        assertThat(r.out()).startsWith("csi ").contains("Java ");
    }

    /** What {@link Csi#internalError} returned and printed. */
    private record Handled(int code, String printed) {
        static Handled of(Throwable e, boolean debug) {
            StringWriter s = new StringWriter();
            int code = Csi.internalError(e, new PrintWriter(s), debug);
            return new Handled(code, s.toString());
        }
    }

    /** Without --debug one line that names the option and no stack trace; with it, the stack trace. */
    @ParameterizedTest(name = "debug {0}: mentions {1}, stack trace {2}")
    @CsvSource({"false, --debug, false", "true, java.lang.IllegalStateException, true"})
    void internalError_printsTheStackTraceOnlyWithDebug(boolean debug, String mentioned, boolean stackTrace) {
        Handled r = Handled.of(new IllegalStateException("the cube is empty"), debug);
        assertThat(r.code()).isEqualTo(Csi.INTERNAL);
        assertThat(r.printed()).startsWith("csi: internal error: the cube is empty\n").contains(mentioned);
        assertThat(r.printed().contains("\tat ")).as("a stack trace").isEqualTo(stackTrace);
    }

    @Test
    void internalError_outOfMemory_saysHowToGiveMoreHeap() {
        assertThat(Handled.of(new OutOfMemoryError("Java heap space"), false).printed())
                .startsWith("csi: internal error: out of memory").contains("-Xmx");
    }

    @Test
    void writer_chineseText_encodedWithTheStreamsCharset() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter w = Console.writer(new PrintStream(bytes, false, StandardCharsets.UTF_8));
        w.print("春晖社区");
        w.flush();
        assertThat(bytes.toByteArray()).isEqualTo("春晖社区".getBytes(StandardCharsets.UTF_8));
    }

    /** Issue 14: the help's examples do not wrap in the middle of a word at the usual 80 columns. */
    @Test
    void reportHelp_examplesFitTheLine_andTheTopLevelHelpNamesEveryOutput() {
        CliRun r = CliRun.csi("report", "--help");
        List<String> examples = r.out().lines().dropWhile(l -> !l.startsWith("Examples")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10).allSatisfy(l -> {
            assertThat(l.length()).isLessThan(80);
            assertThat(l.startsWith("  csi report ") && l.endsWith(" \\") || l.startsWith("      --")).as(l).isTrue();
        });
        assertThat(examples).contains("      --out report.xlsx", "      --out report.pdf");
        assertThat(CliRun.csi("--help").out()).contains("JSON Lines or CSV").contains("HTML, Markdown or PDF")
                .contains("Excel");
    }
}
