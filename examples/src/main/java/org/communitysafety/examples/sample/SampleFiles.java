package org.communitysafety.examples.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Writes a generated sample as a data directory, streaming the records so that memory stays
 * constant however many there are: 20 million incidents take the same heap as 2,000.
 *
 * <pre>{@code
 * SampleFiles.write(SampleSpec.standard().withIncidents(20_000_000), Path.of("big"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SampleFiles {
    /** The files of a sample directory, in the order written (and read). */
    public static final List<String> NAMES =
            List.of("jurisdictions.csv", "populations.csv", "incidents.csv", "disputes.csv", "outreach.csv");

    private SampleFiles() {}

    /**
     * One file written.
     *
     * @param file    the file name, e.g. {@code incidents.csv}
     * @param records data rows written, not counting the header
     * @param bytes   the file's size
     * @param took    the time it took to generate and write
     */
    public record Written(String file, long records, long bytes, Duration took) {
        public Written {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(took, "took");
        }
    }

    /** Writes the sample of {@code spec} into {@code dir}, creating it if needed. */
    public static List<Written> write(SampleSpec spec, Path dir) throws IOException {
        return write(spec, dir, w -> { });
    }

    /**
     * Writes the sample of {@code spec} into {@code dir}, creating it if needed, and tells
     * {@code progress} about each file as soon as it is written.
     */
    public static List<Written> write(SampleSpec spec, Path dir, Consumer<Written> progress) throws IOException {
        Objects.requireNonNull(spec, "spec");
        return write(SampleGenerator.of(spec), dir, progress);
    }

    /**
     * Writes the sample of {@code gen} into {@code dir}, as above: for a {@linkplain
     * SampleGenerator#largeTree large tree}, which no spec describes alone.
     */
    public static List<Written> write(SampleGenerator gen, Path dir, Consumer<Written> progress) throws IOException {
        return write(gen, dir, progress, (file, rows) -> {});
    }

    /** How often {@code rowsSoFar} hears of a record file being written: every 1,048,576 rows. */
    public static final long ROWS_SO_FAR = 1 << 20;

    /**
     * As {@link #write(SampleGenerator, Path, Consumer)}, telling {@code rowsSoFar} of each record
     * file's rows every {@value #ROWS_SO_FAR} rows as it is written: a file of ten million rows
     * takes a while.
     */
    public static List<Written> write(SampleGenerator gen, Path dir, Consumer<Written> progress,
            java.util.function.ObjLongConsumer<String> rowsSoFar) throws IOException {
        return write(gen, dir, progress, rowsSoFar, ROWS_SO_FAR);
    }

    /** As above, telling {@code rowsSoFar} every {@code every} rows (tests use small files). */
    static List<Written> write(SampleGenerator gen, Path dir, Consumer<Written> progress,
            java.util.function.ObjLongConsumer<String> rowsSoFar, long every) throws IOException {
        Objects.requireNonNull(gen, "gen");
        Objects.requireNonNull(rowsSoFar, "rowsSoFar");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(progress, "progress");
        Files.createDirectories(dir);
        List<Written> written = new ArrayList<>();
        if (!gen.taxonomy().equals(Taxonomy.defaultTaxonomy())) {
            written.add(timed(dir, "taxonomy.csv", progress, f -> {
                DatasetWriter.writeTaxonomy(gen.taxonomy(), f);
                return gen.taxonomy().size();
            }));
        }
        written.add(timed(dir, "jurisdictions.csv", progress, f -> {
            DatasetWriter.writeJurisdictions(gen.jurisdictions(), f);
            return gen.jurisdictions().size();
        }));
        written.add(timed(dir, "populations.csv", progress, f -> {
            DatasetWriter.writePopulations(gen.populations(), f);
            return gen.populations().figures().size();
        }));
        written.add(timed(dir, "incidents.csv", progress, f -> {
            try (Stream<Incident> s = gen.incidents()) {
                return DatasetWriter.writeIncidents(counted(s, "incidents.csv", rowsSoFar, every), f);
            }
        }));
        written.add(timed(dir, "disputes.csv", progress, f -> {
            try (Stream<Dispute> s = gen.disputes()) {
                return DatasetWriter.writeDisputes(counted(s, "disputes.csv", rowsSoFar, every), f);
            }
        }));
        written.add(timed(dir, "outreach.csv", progress, f -> {
            try (Stream<OutreachSession> s = gen.outreach()) {
                return DatasetWriter.writeOutreach(counted(s, "outreach.csv", rowsSoFar, every), f);
            }
        }));
        return List.copyOf(written);
    }

    /** {@code s}, telling {@code rowsSoFar} every {@code every} rows that pass (a sequential stream). */
    private static <T> Stream<T> counted(Stream<T> s, String file, java.util.function.ObjLongConsumer<String> rowsSoFar,
            long every) {
        long[] rows = {0};
        return s.peek(x -> {
            if (++rows[0] % every == 0) {
                rowsSoFar.accept(file, rows[0]);
            }
        });
    }

    private interface FileWriter {
        long write(Path file) throws IOException;
    }

    private static Written timed(Path dir, String name, Consumer<Written> progress, FileWriter writer)
            throws IOException {
        long start = System.nanoTime();
        Path file = dir.resolve(name);
        long records = writer.write(file);
        Written w = new Written(name, records, Files.size(file), Duration.ofNanos(System.nanoTime() - start));
        progress.accept(w);
        return w;
    }
}
