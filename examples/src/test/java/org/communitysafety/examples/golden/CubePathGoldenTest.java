package org.communitysafety.examples.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.IncidentAccumulator;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.aggregate.RecordAccumulator;
import org.communitysafety.core.aggregate.RecordKind;
import org.communitysafety.core.period.Period;
import org.communitysafety.examples.sample.BundledSample;
import org.communitysafety.indicators.Aggregates;
import org.communitysafety.indicators.Csi;
import org.communitysafety.indicators.Indicators;
import org.communitysafety.indicators.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue computed from cubes made elsewhere is byte for byte what {@code csi report}
 * computes from the records: the bundled sample's incidents, disputes and outreach sessions
 * accumulated in five pieces of rows each (as a warehouse's partitions would be), each piece's
 * cube sent through {@link CubeCodec}'s bytes, merged, and handed to
 * {@link Indicators#of(Aggregates)}, write the JSON whose SHA-256 {@code GoldenOutputTest} pins
 * for {@code csi report --sample --period 2024 --compare yoy --format json}.
 */
class CubePathGoldenTest {

    @TempDir
    Path tmp;

    @Test
    void sampleFromMergedCubes_writesTheGoldenJsonOfCsiReport() throws IOException {
        ColumnarDataset data = Csi.read(BundledSample.extract());
        PeriodIndex periods = PeriodIndex.of(Period.parse("2024"), Period.parse("2023"));
        int units = data.tree().size();
        int pieces = 5;
        Aggregates cubes = Aggregates.of(data.tree(), data.taxonomy(), data.populations());
        Cube<IncidentMeasure> incidents = null;
        for (int k = 0; k < pieces; k++) {
            int n = data.incidents().size();
            Cube<IncidentMeasure> piece = IncidentAccumulator.create(units, data.taxonomy().size(), periods)
                    .add(data.incidents(), n * k / pieces, n * (k + 1) / pieces).snapshot();
            piece = CubeCodec.fromBytes(CubeCodec.toBytes(piece), RecordKind.INCIDENTS);
            incidents = incidents == null ? piece : incidents.plus(piece);
        }
        var disputes = RecordAccumulator.create(RecordKind.DISPUTES, units, periods);
        var outreach = RecordAccumulator.create(RecordKind.OUTREACH, units, periods);
        for (int k = 0; k < pieces; k++) {
            int n = data.disputes().size();
            disputes.merge(RecordAccumulator.create(RecordKind.DISPUTES, units, periods)
                    .add(data.disputes(), n * k / pieces, n * (k + 1) / pieces));
            n = data.outreach().size();
            outreach.merge(RecordAccumulator.create(RecordKind.OUTREACH, units, periods)
                    .add(data.outreach(), n * k / pieces, n * (k + 1) / pieces));
        }
        cubes = cubes.withIncidents(incidents)
                .withDisputes(CubeCodec.fromBytes(CubeCodec.toBytes(disputes.snapshot()), RecordKind.DISPUTES))
                .withOutreach(CubeCodec.fromBytes(CubeCodec.toBytes(outreach.snapshot()), RecordKind.OUTREACH));

        Results rows = Indicators.of(cubes).period("2024").compareYearOnYear().compute();
        assertEquals(256_220, rows.size(), "rows in the sample's catalogue for 2024 vs 2023");
        Path json = tmp.resolve("rows.json");
        rows.writeJson(json);
        String golden = Files.readString(Path.of("src/test/resources/golden/report-2024-yoy.sha256.golden"),
                StandardCharsets.UTF_8).strip();
        assertFalse(golden.isEmpty());
        assertEquals(golden, sha256(Files.readAllBytes(json)), "the JSON of the rows from merged cubes");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
