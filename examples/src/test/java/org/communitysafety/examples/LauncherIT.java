package org.communitysafety.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code csi} launcher that {@code mvn package} puts beside {@code csi.jar}
 * ({@code examples/src/main/launcher}), run as a user runs it: through a symbolic link in a
 * directory on the PATH, with options for Java in {@code CSI_JAVA_OPTS}. Runs in the
 * integration-test phase (Failsafe), when the jar and the script exist; needs {@code /bin/sh}.
 */
final class LauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void csiOnThePath_throughALink_runsTheCommand_withTheJavaOptions() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        Path script = TARGET.resolve("csi");
        assertThat(script).isRegularFile();
        assertThat(Files.isExecutable(script)).as("the build makes the launcher executable").isTrue();
        assertThat(TARGET.resolve("csi.cmd")).isRegularFile();
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("csi"), script);

        Result version = run(bin, Map.of(), onPath("csi", "--version"));
        assertThat(version.code).as(version.err).isZero();
        assertThat(version.out).startsWith("csi ");

        Result report = run(bin, Map.of("CSI_JAVA_OPTS", "-Xmx512m -Duser.language=en"), onPath("csi", "report",
                "--sample", "--period", "2024", "--level", "district", "--indicators", "incidents.count", "--groups",
                "all", "--format", "csv"));
        assertThat(report.code).as(report.err).isZero();
        List<String> lines = report.out.lines().toList();
        assertThat(lines.get(0)).startsWith("indicator,unit,unitName,");
        assertThat(lines).hasSize(1 + 8);   // the sample's 8 districts
    }

    @Test
    void aLauncherWithoutItsJar_saysHowToBuildIt() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        Path bin = Files.createDirectories(tmp.resolve("alone"));
        Files.copy(TARGET.resolve("csi"), bin.resolve("csi"));
        Result r = run(bin, Map.of(), "/bin/sh", bin.resolve("csi").toString(), "--version");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("csi.jar is missing; build it with: mvn -B -q package -DskipTests");
    }

    private record Result(int code, String out, String err) {}

    /** The command as a shell runs it: looked up on the PATH the process is given, as a user's shell does. */
    private static String[] onPath(String... command) {
        String[] sh = {"/bin/sh", "-c", "exec \"$@\"", "sh"};
        String[] all = java.util.Arrays.copyOf(sh, sh.length + command.length);
        System.arraycopy(command, 0, all, sh.length, command.length);
        return all;
    }

    private Result run(Path bin, Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean done = p.waitFor(3, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("finished within 3 minutes").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
