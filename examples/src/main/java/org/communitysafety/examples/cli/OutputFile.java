package org.communitysafety.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.communitysafety.core.io.FileSummary;
import org.communitysafety.core.io.ReadReport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A file the command writes ({@code report --out}, {@code validate --rejects}): its name checked
 * before any data is read, checked against the files read once they are, then written atomically, so that a failed run leaves the old file (or none)
 * rather than half a file.
 *
 * <p>A regular file is written to a temporary file in the same directory, which is then moved
 * over the target ({@code ATOMIC_MOVE}, or a plain move where the file system cannot move
 * atomically); the temporary file is deleted when anything fails. A target that exists and is
 * not a regular file (a device such as {@code /dev/stdout}, a named pipe) is written in place.
 * Stateless.
 */
final class OutputFile {
    private OutputFile() {}

    /** Writes a file whose path it is given; may throw {@link UncheckedIOException}. */
    @FunctionalInterface
    interface Writing {
        void to(Path file) throws IOException;
    }

    /**
     * Checks {@code file}, given as {@code option}, before anything is read.
     *
     * @throws ParameterException for an empty name
     */
    static void check(CommandSpec spec, String option, Path file) {
        if (file != null && file.toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + ": empty file name");
        }
    }

    /**
     * Checks, once the data is read, that {@code file} is none of the files read from the {@code
     * --data} directory ({@code report.files()}): writing it would destroy the input.
     *
     * @throws ParameterException when it is
     */
    static void checkNotRead(CommandSpec spec, String option, Path file, ValidateCommand.Source source,
            ReadReport report) {
        if (file == null || source.sample || source.data == null || !Files.isRegularFile(file)) {
            return;
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        String name = String.valueOf(file.getFileName());
        try {
            if (parent == null || !Files.isSameFile(parent, source.data)) {
                return;
            }
        } catch (IOException e) {
            return;   // cannot tell: the write itself will say what is wrong
        }
        for (FileSummary read : report.files()) {
            String f = read.file();
            boolean same = f.equals(name) || (f.startsWith(name) && f.length() > name.length()
                    && !Character.isLetterOrDigit(f.charAt(name.length())) && f.charAt(name.length()) != '.');
            if (read.present() && same) {
                throw new ParameterException(spec.commandLine(), option + " " + file
                        + ": would overwrite " + f + ", which was read from the data directory " + source.data);
            }
        }
    }

    /**
     * Writes {@code target} through {@code writing}: atomically for a regular file.
     *
     * @throws IOException if it cannot be written; the target is then left as it was
     */
    static void write(Path target, Writing writing) throws IOException {
        try {
            if (Files.isDirectory(target)) {
                throw new IOException("it is a directory");
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                writing.to(target);   // a device or a pipe: there is nothing to replace
                return;
            }
            Path file = target.toAbsolutePath().normalize();
            Path dir = file.getParent();
            Path tmp;
            try {
                tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            } catch (IOException e) {   // say so of the directory, not of a temporary file the user never named
                if (!Files.isDirectory(dir)) {
                    throw new NoSuchFileException(dir.toString());
                }
                throw new IOException("cannot create a file in " + dir, e);
            }
            boolean moved = false;
            try (DeleteOnExit interrupted = DeleteOnExit.of(tmp)) {
                keepPermissions(tmp, file);
                writing.to(tmp);
                replace(tmp, file);
                moved = true;
            } finally {
                if (!moved) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException e) {
                        // the failure that brought us here is the one to report
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Moves {@code from} over {@code to}: atomically where the file system can. */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Gives the temporary file the permissions of the file it replaces, or {@code rw-r--r--} for
     * a new one, rather than the owner-only ones of a temporary file.
     */
    private static void keepPermissions(Path tmp, Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(file) ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }
}
