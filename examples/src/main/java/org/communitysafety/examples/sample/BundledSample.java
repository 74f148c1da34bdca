package org.communitysafety.examples.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.communitysafety.core.Dataset;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.sample.SampleSpec;

/**
 * The standard sample — {@link SampleSpec#standard()}: seed 20240101, 500 villages, 50,000
 * incidents, 15,000 disputes, 5,000 outreach sessions, 2022–2024 — bundled as CSV resources in
 * this jar under {@value #RESOURCE_DIR}, so that it can be read without generating it.
 *
 * <pre>{@code
 * jshell> Dataset data = BundledSample.load();    // about half a second
 * data ==> Dataset[JurisdictionTree[557 units: 1 city, 8 district, 48 town, 500 village], ...]
 * jshell> Path dir = BundledSample.extract();     // the CSV files, in a new temporary directory
 * }</pre>
 *
 * <p>The files are the output of {@code csi generate} with the standard spec, and a test checks
 * that they still are, byte for byte. After a change to the generator, regenerate them with
 * <pre>
 * java -jar examples/target/csi.jar generate --out examples/src/main/resources/org/communitysafety/examples/sample
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class BundledSample {
    /** Where the files are, as a class-path resource directory. */
    public static final String RESOURCE_DIR = "org/communitysafety/examples/sample/";

    private BundledSample() {}

    /** The spec the bundled files were generated from. */
    public static SampleSpec spec() {
        return SampleSpec.standard();
    }

    /** The bundled file {@code name}, e.g. {@code incidents.csv}; the caller closes it. */
    public static InputStream open(String name) throws IOException {
        Objects.requireNonNull(name, "name");
        if (!SampleFiles.NAMES.contains(name)) {
            throw new IllegalArgumentException("no bundled file " + name + "; the files are " + SampleFiles.NAMES);
        }
        InputStream in = BundledSample.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("the bundled sample file " + RESOURCE_DIR + name + " is missing from the class path");
        }
        return in;
    }

    /**
     * Copies the bundled files into a new temporary directory and returns it. The files are
     * deleted when the JVM exits normally; {@link #delete} deletes them at once.
     */
    public static Path extract() throws IOException {
        Path dir = Files.createTempDirectory("csi-sample-");
        dir.toFile().deleteOnExit();
        for (String name : SampleFiles.NAMES) {
            dir.resolve(name).toFile().deleteOnExit(); // deleted in reverse order: files, then the directory
        }
        extractTo(dir);
        return dir;
    }

    /** Copies the bundled files into {@code dir}, creating it if needed and replacing files of the same names. */
    public static void extractTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : SampleFiles.NAMES) {
            try (InputStream in = open(name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Deletes the bundled files from {@code dir}, then {@code dir} if that leaves it empty. Only
     * the sample's own files are touched, never anything else in the directory.
     */
    public static void delete(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        for (String name : SampleFiles.NAMES) {
            Files.deleteIfExists(dir.resolve(name));
        }
        try (var rest = Files.list(dir)) {
            if (rest.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
    }

    /**
     * Reads the bundled sample: the tree, the default taxonomy, the populations and all
     * records. Each call reads the files afresh.
     *
     * @throws UncheckedIOException if the files cannot be extracted
     * @throws org.communitysafety.core.io.InvalidDataException if they do not read cleanly (a
     *         packaging error: the test suite reads them)
     */
    public static Dataset load() {
        try {
            Path dir = extract();
            try {
                return DatasetReader.read(dir).orThrow();
            } finally {
                delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the bundled sample: " + e.getMessage(), e);
        }
    }
}
