package org.communitysafety.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.communitysafety.core.aggregate.ColumnarDataset;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.IncidentAggregation;
import org.communitysafety.core.aggregate.IncidentMeasure;
import org.communitysafety.core.aggregate.PeriodIndex;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB peer of issue 13 computes the same incident counts as the core — every unit with its
 * subtree, every category and all, 2024 and 2023, counted and cleared by the end of their year —
 * on a small data directory written as {@code csi generate} writes it. (The script checks every
 * count figure against {@code csi report} at its own size.)
 */
final class DuckDbReportCountsTest {
    @Test
    void compute_incidentCountsAndCleared_equalTheCoresRolledUpCube(@TempDir Path dir) throws Exception {
        SampleGenerator gen = SampleGenerator.of(SampleSpec.standard().withIncidents(20_000).withDisputes(3_000)
                .withOutreach(1_000));
        DatasetWriter.writeJurisdictions(gen.jurisdictions(), dir.resolve("jurisdictions.csv"));
        DatasetWriter.writeIncidents(gen.incidents(), dir.resolve("incidents.csv"));
        DatasetWriter.writeDisputes(gen.disputes(), dir.resolve("disputes.csv"));
        DatasetWriter.writeOutreach(gen.outreach(), dir.resolve("outreach.csv"));
        ColumnarDataset data = DatasetReader.readColumnar(dir, ReadOptions.defaults()).orThrow();
        JurisdictionTree tree = data.tree();
        Cube<IncidentMeasure> cube = IncidentAggregation.aggregate(data.incidents(),
                PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023)),
                EnumSet.of(IncidentMeasure.COUNT, IncidentMeasure.CLEARED), 1).rollUp(tree);

        Map<String, long[]> duck = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            DuckDbReportCounts.compute(s, dir, 2024);
            try (ResultSet r = s.executeQuery("SELECT unit::VARCHAR, grp, year, n, cleared FROM incident_counts")) {
                while (r.next()) {
                    duck.put(r.getString(1) + " " + r.getString(2) + " " + r.getInt(3),
                            new long[] {r.getLong(4), r.getLong(5)});
                }
            }
        }
        int compared = 0;
        for (int u = 0; u < tree.size(); u++) {
            for (int p = 0; p < 2; p++) {
                long allCount = 0;
                long allCleared = 0;
                for (int k = 0; k < data.taxonomy().size(); k++) {
                    long count = cube.get(IncidentMeasure.COUNT, u, p, k);
                    long cleared = cube.get(IncidentMeasure.CLEARED, u, p, k);
                    String key = tree.unit(u).code() + " category:" + data.taxonomy().category(k).code() + " " + (2024 - p);
                    assertEquals(count, duck.getOrDefault(key, new long[2])[0], key);
                    assertEquals(cleared, duck.getOrDefault(key, new long[2])[1], key);
                    allCount += count;
                    allCleared += cleared;
                    compared++;
                }
                String key = tree.unit(u).code() + " all " + (2024 - p);
                assertEquals(allCount, duck.getOrDefault(key, new long[2])[0], key);
                assertEquals(allCleared, duck.getOrDefault(key, new long[2])[1], key);
            }
        }
        assertTrue(compared > 10_000, "compared " + compared + " cells");
        assertTrue(duck.get(tree.unit(tree.roots()[0]).code() + " all 2024")[0] > 0, "the city has incidents in 2024");
    }
}
