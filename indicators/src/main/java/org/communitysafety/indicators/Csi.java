package org.communitysafety.indicators;

import java.nio.file.Path;
import java.util.Objects;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.io.ColumnarReadResult;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.InvalidDataException;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;

/**
 * Shortcuts for JShell and scripts: read a data directory, or make the standard sample, straight
 * into the column stores that {@link Indicators} computes from.
 *
 * <pre>{@code
 * var data = Csi.read(Path.of("data"));
 * Indicators.of(data).period("2024").compareYearOnYear().compute("incidents.count");
 * }</pre>
 */
public final class Csi {

    private Csi() {}

    /**
     * Reads a data directory (CSV or JSON Lines), strictly.
     *
     * @throws InvalidDataException carrying the full validation report when any row is bad
     */
    public static ColumnarDataset read(Path dir) {
        return read(dir, ReadOptions.defaults());
    }

    /**
     * Reads a data directory with the given options; lenient reading keeps the good rows.
     *
     * @throws InvalidDataException carrying the full validation report when the data cannot be used
     */
    public static ColumnarDataset read(Path dir, ReadOptions options) {
        Objects.requireNonNull(dir, "dir");
        ColumnarReadResult result = DatasetReader.readColumnar(dir, options);
        return result.orThrow();
    }

    /**
     * Reads an export strictly, through a mapping profile that says which file holds what, which
     * column is which field and what its labels mean.
     *
     * <pre>{@code
     * var data = Csi.read(Path.of("export"), MappingProfile.read(Path.of("export.mapping")));
     * }</pre>
     *
     * @throws InvalidDataException carrying the full validation report when any row is bad
     */
    public static ColumnarDataset read(Path dir, MappingProfile mapping) {
        return read(dir, ReadOptions.defaults().withMapping(mapping));
    }

    /** The standard synthetic sample (seeded: the same data every time), 2022–2024. */
    public static ColumnarDataset sample() {
        return ColumnarDataset.of(SampleGenerator.of(SampleSpec.standard()).dataset());
    }
}
