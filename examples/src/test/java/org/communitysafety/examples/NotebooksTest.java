package org.communitysafety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every notebook in {@code examples/jshell/} runs in JShell without errors and prints what it
 * promises, so the notebooks cannot rot.
 *
 * <p>Each notebook runs in a fresh JShell, after {@code setup.jsh}, as {@code run.sh} runs it:
 * the source is fed a line at a time and a snippet is evaluated as soon as it is complete, as
 * the {@code jshell} tool does. So a chain split before a dot ({@code foo()} ⏎ {@code .bar()}),
 * which the tool would run as two snippets, fails here too. The only command allowed is the
 * closing {@code /exit}. A rejected snippet, a snippet that refers to something undefined, or an
 * exception fails the notebook.
 */
final class NotebooksTest {

    private static final Path DIR = Path.of("jshell");
    private static final String SETUP = "setup.jsh";

    /** What each notebook must print, beyond something; a new notebook needs only to print. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "01-first-look.jsh", List.of(
                    "ColumnarDataset\\[JurisdictionTree\\[\\d+ units",
                    "VILLAGE\\s+500",
                    "2024\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+",
                    "Results: \\d+ rows, period 2024 vs 2023",
                    "units.zero_incident_share\\s+330100"),
            "02-district-yoy.jsh", List.of(
                    "incidents.count\\s+criminal\\s+\\d+\\s+\\d+\\s+[-+]\\d+\\.\\d%.*(not significant|significant)",
                    "刑事案件发案数同比(上升|下降)\\d+\\.\\d%",
                    "criminal incidents in .* (up|down) \\d+\\.\\d% on the same period last year",
                    "受理矛盾纠纷.*调解成功率\\d+\\.\\d%"),
            "03-ranking-funnel.jsh", List.of(
                    "Ranking of incidents.rate_per_10k \\(criminal\\), \\d+ units, overall",
                    "Ranking of incidents.clearance_rate \\(criminal\\), \\d+ units, overall",
                    "p \\(BH\\)",
                    "\\d+ villages outside the 99.8% limits, \\d+ outside the 95% limits"),
            "04-zero-incident.jsh", List.of(
                    "share\\s+expected",
                    "全市\\d+\\.\\d%的村（社区）实现刑事案件零发案",
                    "zero criminal incidents in each of 2022, 2023 and 2024: \\d+ of 500"),
            "05-export.jsh", List.of(
                    "\\d+ rows X 19 cols",
                    "indicator,unit,unitName,level,period,group,value",
                    "Wrote .*csi-export.*villages-2024.csv"));

    @TestFactory
    Stream<DynamicTest> everyNotebook_runsWithoutErrors() throws IOException {
        assertThat(DIR.resolve(SETUP)).as("the shared set-up").exists();
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(DIR)) {
            notebooks = files.filter(p -> p.getFileName().toString().endsWith(".jsh"))
                    .filter(p -> !p.getFileName().toString().equals(SETUP))
                    .sorted()
                    .toList();
        }
        assertThat(notebooks).as("notebooks in " + DIR.toAbsolutePath()).isNotEmpty();
        assertThat(notebooks.stream().map(p -> p.getFileName().toString()))
                .as("every notebook with expectations exists")
                .containsAll(EXPECTED.keySet());
        String setup = Files.readString(DIR.resolve(SETUP));
        return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> {
            Run run = run(setup, Files.readString(nb));
            assertThat(run.failures()).as("%s failed; it printed:%n%s%s", nb, run.out(), run.err()).isEmpty();
            assertThat(run.out()).as("%s prints something", nb).isNotBlank();
            for (String expected : EXPECTED.getOrDefault(nb.getFileName().toString(), List.of())) {
                assertThat(Pattern.compile(expected).matcher(run.out()).find())
                        .as("%s prints /%s/; it printed:%n%s", nb, expected, run.out())
                        .isTrue();
            }
        }));
    }

    @Test
    void run_goodNotebook_printsAndEndsAtExit() {
        Run run = run("import java.util.*;",
                "var xs = List.of(1, 2,\n        3);\nSystem.out.println(xs);\n// done\n/exit\n");
        assertThat(run.failures()).isEmpty();
        assertThat(run.out()).isEqualTo("[1, 2, 3]\n");
    }

    @Test
    void run_badNotebook_reportsEachFailureWithItsLine() {
        Run run = run("import java.util.*;", String.join("\n",
                "String s = \"a\"",               // complete: the tool runs it at once ...
                "        .repeat(2);",              // ... so this line is a snippet of its own, rejected
                "int n = Integer.parseInt(\"x\");",  // throws
                "undefinedMethod();",               // rejected
                "/open other.jsh",                  // no other commands
                "/exit"));
        assertThat(run.failures()).hasSize(4);
        assertThat(run.failures().get(0)).startsWith("notebook line 2: REJECTED: .repeat(2);");
        assertThat(run.failures().get(1)).isEqualTo("notebook line 3: threw java.lang.NumberFormatException:"
                + " For input string: \"x\" in: int n = Integer.parseInt(\"x\");");
        assertThat(run.failures().get(2)).startsWith("notebook line 4: REJECTED: undefinedMethod();");
        assertThat(run.failures().get(3)).isEqualTo("notebook line 5: only /exit is supported here, not /open other.jsh");
    }

    /** What a notebook printed on System.out and System.err, and what went wrong. */
    record Run(String out, String err, List<String> failures) {}

    /** Runs {@code setup} then {@code notebook} in a fresh JShell in this JVM. */
    static Run run(String setup, String notebook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> failures = new ArrayList<>();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        // the local execution engine runs snippets in this JVM, so their System.out is ours
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            feed(shell, SETUP, setup, failures);
            if (failures.isEmpty()) {
                feed(shell, "notebook", notebook, failures);
            }
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), failures);
    }

    /** Feeds the source a line at a time, evaluating each snippet once it is complete, as the jshell tool does. */
    private static void feed(JShell shell, String name, String source, List<String> failures) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String pending = "";
        int lineNumber = 0;
        for (String line : source.split("\\R", -1)) {
            lineNumber++;
            boolean atStart = pending.isBlank()
                    || analysis.analyzeCompletion(pending).completeness() == SourceCodeAnalysis.Completeness.EMPTY;
            if (atStart && line.strip().startsWith("/") && !line.strip().startsWith("//")
                    && !line.strip().startsWith("/*")) {
                if (!line.strip().equals("/exit")) {
                    failures.add(name + " line " + lineNumber + ": only /exit is supported here, not " + line.strip());
                }
                pending = ""; // comments before a command are dropped, as the jshell tool drops them
                continue;
            }
            pending = pending.isEmpty() ? line : pending + "\n" + line;
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (!info.completeness().isComplete()) {
                    break; // wait for more lines (a comment alone is EMPTY, which is not complete either)
                }
                for (SnippetEvent e : shell.eval(info.source())) {
                    check(shell, e, name + " line " + lineNumber, failures);
                }
                pending = info.remaining();
            }
        }
        SourceCodeAnalysis.Completeness end = analysis.analyzeCompletion(pending).completeness();
        if (end == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE) {
            failures.add(name + " ends inside a snippet: " + pending.strip());
        }
    }

    private static void check(JShell shell, SnippetEvent e, String where, List<String> failures) {
        if (e.causeSnippet() != null) {
            return; // a knock-on update of an earlier snippet, not this one
        }
        Snippet.Status status = e.status();
        if (status == Snippet.Status.REJECTED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED
                || status == Snippet.Status.RECOVERABLE_DEFINED) {
            failures.add(where + ": " + status + ": " + e.snippet().source().strip() + " "
                    + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList()
                    + (status == Snippet.Status.REJECTED ? "" : " unresolved " + unresolved(shell, e.snippet())));
        }
        if (e.exception() != null) {
            String thrown = e.exception() instanceof EvalException ee
                    ? ee.getExceptionClassName() + ": " + ee.getMessage()
                    : e.exception().toString();
            failures.add(where + ": threw " + thrown + " in: " + e.snippet().source().strip());
        }
    }

    private static List<String> unresolved(JShell shell, Snippet s) {
        return s instanceof DeclarationSnippet d ? shell.unresolvedDependencies(d).toList() : List.of();
    }
}
