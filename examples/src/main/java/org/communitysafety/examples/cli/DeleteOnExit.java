package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary file or directory of a write in progress that is deleted if the process ends
 * before the write does — Ctrl-C or a {@code kill} run the JVM's shutdown hooks — so that an
 * interrupted {@code csi report --out} or {@code csi generate --out} leaves no hidden
 * {@code .report.html.….tmp} or {@code .csi-staging-…} behind. {@link #close()} when the write
 * has finished, successfully or not, and its own clean-up has run. Not for a {@code kill -9},
 * which no process can answer.
 */
final class DeleteOnExit implements AutoCloseable {
    /** How long the hook goes on deleting a directory it could not rename and that is still being written into. */
    static final long PERSISTENCE_MS = 5_000;

    private final Thread hook;

    private DeleteOnExit(Path path, Path emptyParent) {
        this.hook = new Thread(() -> deleteWhileWritten(path, emptyParent), "csi-delete-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Deletes {@code path} (a file, or a directory with what it holds) if the process ends before {@link #close()}. */
    static DeleteOnExit of(Path path) {
        return new DeleteOnExit(path, null);
    }

    /** {@link #of(Path)}, and deletes {@code parent} too when it is then empty: a directory the write created. */
    static DeleteOnExit of(Path path, Path parent) {
        return new DeleteOnExit(path, parent);
    }

    /**
     * What the hook does: deletes {@code path} as {@link #delete(Path)} does, and {@code emptyParent}
     * (if not null) when it is then empty. The shutdown hooks run while the writing thread goes
     * on, so a directory is first renamed out of the writer's way (an atomic rename within its
     * parent): a file the writer creates afterwards fails to be created rather than landing in a
     * directory already listed for deletion, which would keep it, and its parent, from being
     * removed. Where the rename fails, the directory is deleted in place, again while anything is
     * left of it, for up to {@link #PERSISTENCE_MS} ms.
     */
    static void deleteWhileWritten(Path path, Path emptyParent) {
        Path doomed = path;
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try {
                doomed = Files.move(path, path.resolveSibling(path.getFileName() + ".deleting"),
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | UnsupportedOperationException e) {
                // deleted in place, pass after pass
            }
        }
        long deadline = System.nanoTime() + PERSISTENCE_MS * 1_000_000L;
        for (delete(doomed); Files.exists(doomed, LinkOption.NOFOLLOW_LINKS) && System.nanoTime() < deadline;
                delete(doomed)) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (emptyParent != null) {
            try {
                Files.deleteIfExists(emptyParent);   // only when empty
            } catch (IOException e) {
                // the process is ending: nothing to report to
            }
        }
    }

    /** Deletes a file or a directory with what it holds, quietly: a leftover is hidden and harmless. */
    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // the run's own outcome is what to report
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is shutting down: the hook runs
        }
    }
}
