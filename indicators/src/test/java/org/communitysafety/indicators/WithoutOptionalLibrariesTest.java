package org.communitysafety.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.communitysafety.core.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that depends on csi-indicators and nothing else gets csi-core and Commons Math
 * only: Tablesaw and Jackson are optional. This test is such an application. It compiles a small
 * program against exactly those three class path entries — the reactor's
 * {@code core/target/classes} and {@code indicators/target/classes} (or their jars) and the
 * Commons Math jar in the local repository — and runs it in a JVM of its own with the same class
 * path: the program checks that Tablesaw and Jackson really are absent, computes indicators on
 * the generated sample and prints the results, their JSON and their CSV.
 */
final class WithoutOptionalLibrariesTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            import org.communitysafety.core.jurisdiction.Level;
            import org.communitysafety.core.sample.SampleGenerator;
            import org.communitysafety.core.sample.SampleSpec;
            import org.communitysafety.indicators.Indicators;
            import org.communitysafety.indicators.Results;

            public class Consumer {
                public static void main(String[] args) {
                    for (String name : new String[] {"tech.tablesaw.api.Table", "com.fasterxml.jackson.core.JsonFactory"}) {
                        try {
                            Class.forName(name);
                            System.out.println("present: " + name);
                            System.exit(3);
                        } catch (ClassNotFoundException e) {
                            System.out.println("absent: " + name);
                        }
                    }
                    var data = SampleGenerator.of(SampleSpec.standard()).dataset();
                    Results results = Indicators.of(data).period("2024").compareYearOnYear()
                            .compute("incidents.count", "incidents.clearance_rate");
                    System.out.println(results.group("criminal").level(Level.CITY));
                    String json = results.toJson();
                    System.out.println("json: " + json.substring(0, json.indexOf("\\"rows\\"")));
                    System.out.println("csv lines: " + results.toCsv().lines().count() + " for " + results.size() + " rows");
                }
            }
            """;

    @Test
    void consumer_withCoreIndicatorsAndCommonsMathOnly_computesAndPrintsResults() throws Exception {
        String classPath = String.join(File.pathSeparator, location(Dataset.class), location(Results.class),
                location(NormalDistribution.class));
        Path source = dir.resolve("Consumer.java");
        Files.writeString(source, PROGRAM);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-classpath", classPath, "-d", dir.toString(), source.toString());
        assertThat(compiled).as("javac of the consumer against %s", classPath).isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("out.txt");
        Process p = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp", dir + File.pathSeparator + classPath,
                "Consumer").redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the consumer finished in time").isTrue();
        String out = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(p.exitValue()).as("exit status; output:%n%s", out).isZero();
        assertThat(out).contains("absent: tech.tablesaw.api.Table", "absent: com.fasterxml.jackson.core.JsonFactory",
                "Results: ", "period 2024 vs 2023", "incidents.clearance_rate",
                "json: {\"period\":\"2024\",\"baseline\":\"2023\",");
        assertThat(out).containsPattern("csv lines: (\\d+) for (\\d+) rows");
        assertThat(out).doesNotContain("Exception", "Error");
        List<String> csv = out.lines().filter(l -> l.startsWith("csv lines: ")).toList();
        String[] words = csv.get(0).split(" ");
        assertThat(Long.parseLong(words[2])).isEqualTo(Long.parseLong(words[4]) + 1);
    }

    /** The class path entry (directory or jar) a class was loaded from. */
    private static String location(Class<?> c) throws URISyntaxException, IOException {
        Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(p.toString()).doesNotContain("tablesaw", "jackson");
        return p.toString();
    }
}
