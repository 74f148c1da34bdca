package org.communitysafety.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, hardening item 9: {@code examples/jshell/run.sh} as a user runs it, after
 * {@code mvn package}: it finds the project's jars, writes the dependencies' class path with
 * Maven (from a fresh state: the class-path file is deleted first) and runs a notebook in JShell.
 * {@code NotebooksTest} runs the notebooks in-process and so missed that the script could not
 * resolve the class path on a fresh clone with Maven 3.8. Runs in the integration-test phase
 * (Failsafe), when the jars exist; needs bash, Maven and jshell on the path, as the script does.
 */
final class RunShIT {
    @Test
    void runSh_firstNotebook_runsFromAFreshClassPath() throws IOException, InterruptedException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path script = root.resolve("examples/jshell/run.sh");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run run.sh");
        Files.deleteIfExists(root.resolve("examples/target/jshell-classpath.txt"));
        Path out = Files.createTempFile("run-sh", ".out");
        Path err = Files.createTempFile("run-sh", ".err");

        Process p = new ProcessBuilder("/bin/bash", script.toString(), "01-first-look.jsh").directory(root.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }

        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(done).as("run.sh finished within 5 minutes").isTrue();
        assertThat(p.exitValue()).as("exit code; stderr:%n%s", stderr).isZero();
        assertThat(stdout).contains("incidents.csv").doesNotContain("Exception");
        assertThat(root.resolve("examples/target/jshell-classpath.txt")).isNotEmptyFile();
    }
}
