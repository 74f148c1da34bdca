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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The Java example in the README runs in JShell, as an analyst would paste it, and prints what it promises. */
final class ReadmeExampleTest {
    @Test
    void readmeJavaExample_runsInJShellWithoutErrors() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        StringBuilder blocks = new StringBuilder();
        while (m.find()) {
            blocks.append(m.group(1)).append('\n'); // the blocks run one after the other, as in one session
        }
        assertThat(blocks).as("README.md has ```java blocks").isNotEmpty();
        String code = blocks.toString();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> failures = new ArrayList<>();
        PrintStream stdout = System.out;
        // the local execution engine runs snippets in this JVM, so their System.out is ours
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String rest = code;
            while (!rest.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
                for (SnippetEvent e : shell.eval(info.source())) {
                    if (e.status() == Snippet.Status.REJECTED) {
                        failures.add("rejected: " + e.snippet().source() + " "
                                + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                    }
                    if (e.exception() != null) {
                        failures.add("threw: " + e.snippet().source() + " " + e.exception());
                    }
                }
                rest = info.remaining();
            }
        } finally {
            System.setOut(stdout);
        }

        assertThat(failures).isEmpty();
        String out = printed.toString(StandardCharsets.UTF_8);
        assertThat(out).containsPattern("Results: \\d+ rows, period 2024 vs 2023")
                .contains("incidents.clearance_rate")
                .contains("units.zero_incident_share")
                .containsPattern("Ranking of incidents.clearance_rate \\(criminal\\), \\d+ units, overall 0\\.\\d+")
                .containsPattern("days to clear in 2024: DayDistribution\\[\\d+ values, median ")
                .containsPattern("后阴市: \\d+\\.0 criminal cases, change -?\\d+\\.\\d+% on 2023, p = ")
                .containsPattern("Series of incidents.count 330100 后阴市 criminal, 12 months in 2024")
                .containsPattern("2024-01 +\\d+ ");
        assertThat(out).containsPattern("后阴市2024年刑事案件发案\\d")      // the report's first headline
                .contains("45,000 disputes");                               // the English sentence
        // the indicators and the aggregation core agree on the city's theft count
        Matcher core = Pattern.compile("city theft: (\\d+) in 2024 \\(\\d+ cleared by its end\\), (\\d+) in 2023")
                .matcher(out);
        assertThat(core.find()).as(out).isTrue();
        Matcher row = Pattern.compile("incidents.count\\s+(\\d+)\\s+\\S+\\s+criminal\\s+(\\d+)").matcher(out);
        assertThat(row.find()).as(out).isTrue();
        assertThat(Long.parseLong(row.group(2))).isGreaterThan(Long.parseLong(core.group(1)));
    }
}
