package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code csi generate --out} ended by a signal part-way — what Ctrl-C or a {@code kill} does —
 * leaves no hidden staging directory and no directory it created: the JVM's shutdown hooks
 * ({@link DeleteOnExit}) delete them. Run in a process of its own, which the test ends with
 * SIGTERM ({@link Process#destroy()}) once the staging directory has appeared.
 */
final class InterruptedWriteTest {

    @Test
    void generate_endedBySignalWhileWriting_leavesNoStagingDirectoryNorTheDirectoryItCreated(@TempDir Path tmp)
            throws IOException, InterruptedException {
        Path out = tmp.resolve("city");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.communitysafety.examples.cli.Csi", "generate", "--out", out.toString(),
                "--incidents", "20000000", "--villages", "2000")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!staging(out) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(staging(out)).as("the staging directory appeared while the process ran").isTrue();
            Thread.sleep(300);   // some files part-written
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the process ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as("ended by the signal, not finished").isNotZero();
        assertThat(Files.exists(out)).as("the directory it created is gone: " + listing(tmp)).isFalse();
    }

    private static boolean staging(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.anyMatch(f -> f.getFileName().toString().startsWith(".csi-staging-"));
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.map(f -> dir.relativize(f).toString().replace(File.separatorChar, '/')).sorted().toList();
        }
    }
}
