package org.communitysafety.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the shutdown hook of {@link DeleteOnExit} does while the writing thread goes on, as it does
 * when a signal ends {@code csi generate --out}: a file created after the hook's walk has listed
 * the directory must not leave the staging directory, or the directory the write created, behind.
 * ({@link InterruptedWriteTest} ends a real process; this is the race it met under load, made
 * every time.)
 */
final class DeleteOnExitTest {
    /** Far more than the writer creates in the time the hook takes, yet a bound should the hook fail. */
    private static final int MAX_FILES = 200_000;

    @RepeatedTest(10)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hook_whileAnotherThreadKeepsCreatingFiles_removesTheStagingDirectoryAndTheEmptyTarget(@TempDir Path tmp)
            throws Exception {
        Path target = Files.createDirectory(tmp.resolve("city"));
        Path staging = Files.createTempDirectory(target, ".csi-staging-");
        AtomicInteger created = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; i < MAX_FILES && !stop.get(); i++) {
                    Files.write(staging.resolve("part-" + i + ".csv"), new byte[] {'x', '\n'});
                    created.incrementAndGet();
                }
            } catch (IOException e) {
                // the directory is gone: nothing more can be created in it
            }
        });
        writer.setDaemon(true);
        writer.start();
        while (created.get() < 50 && writer.isAlive()) {
            Thread.onSpinWait();
        }

        try {
            DeleteOnExit.deleteWhileWritten(staging, target);
            writer.join(TimeUnit.SECONDS.toMillis(2));
        } finally {
            stop.set(true);   // a failing hook must not leave a writer filling the disk
            writer.join();
        }

        assertThat(writer.isAlive()).as("the writer stopped: it could create nothing more").isFalse();
        assertThat(Files.exists(staging)).as("the staging directory is gone").isFalse();
        assertThat(Files.exists(target)).as("the directory the write created is gone").isFalse();
    }

    @Test
    void hook_leavesAParentThatHoldsOtherFiles(@TempDir Path tmp) throws IOException {
        Path target = Files.createDirectory(tmp.resolve("city"));
        Files.writeString(target.resolve("kept.csv"), "id\n");
        Path staging = Files.createTempDirectory(target, ".csi-staging-");
        Files.writeString(staging.resolve("incidents.csv"), "id\n");

        DeleteOnExit.deleteWhileWritten(staging, target);

        assertThat(Files.exists(staging)).isFalse();
        assertThat(target.resolve("kept.csv")).hasContent("id");
    }

    @Test
    void hook_onAFileAlreadyGone_returnsAtOnce(@TempDir Path tmp) {
        long start = System.nanoTime();
        DeleteOnExit.deleteWhileWritten(tmp.resolve("never-made.tmp"), null);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .as("no waiting for a path that is not there").isLessThan(DeleteOnExit.PERSISTENCE_MS);
    }
}
