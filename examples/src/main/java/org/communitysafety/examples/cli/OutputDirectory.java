package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a command writes into a directory ({@code generate --out DIR}), written as {@link
 * OutputFile} writes one file: first into a hidden staging directory inside the target
 * ({@code DIR/.csi-staging-…}, so on the same file system), then each moved over its namesake
 * ({@code ATOMIC_MOVE} where the file system can) once every one of them has been written. A run
 * that fails while writing — a full disk, a bad file name, an error in the generator — leaves the
 * directory's files as they were, with no half-written file and no staging directory; a target it
 * created is removed again when it is left empty.
 *
 * <p>The moves come last and are checked first: a file name that is a directory in the target
 * fails before any file is replaced. Stateless.
 */
final class OutputDirectory {
    private OutputDirectory() {}

    /** Writes the files of a directory whose path it is given; may throw {@link UncheckedIOException}. */
    @FunctionalInterface
    interface Writing<T> {
        T into(Path dir) throws IOException;
    }

    /**
     * Writes the files {@code writing} writes into {@code target}, creating it if needed, and
     * returns what {@code writing} returns.
     *
     * @throws IOException if they cannot all be written; {@code target}'s files are then as they were
     */
    static <T> T write(Path target, Writing<T> writing) throws IOException {
        boolean created = !Files.exists(target);
        Files.createDirectories(target);
        Path staging = Files.createTempDirectory(target, ".csi-staging-");
        boolean done = false;
        try (DeleteOnExit interrupted = DeleteOnExit.of(staging, created ? target : null)) {
            T result = writing.into(staging);
            List<Path> files;
            try (Stream<Path> list = Files.list(staging)) {
                files = list.sorted().toList();
            }
            for (Path f : files) {
                Path to = target.resolve(f.getFileName().toString());
                if (Files.isDirectory(to)) {
                    throw new IOException(to + ": a directory is in the way");
                }
            }
            for (Path f : files) {
                OutputFile.replace(f, target.resolve(f.getFileName().toString()));
            }
            done = true;
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            DeleteOnExit.delete(staging);
            if (!done && created) {
                try {
                    Files.deleteIfExists(target);   // only when empty: a file written meanwhile stays
                } catch (IOException e) {
                    // the failure that brought us here is the one to report
                }
            }
        }
    }
}
