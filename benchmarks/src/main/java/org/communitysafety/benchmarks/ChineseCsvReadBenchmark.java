package org.communitysafety.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.communitysafety.core.aggregate.IncidentStore;
import org.communitysafety.core.io.DatasetReader;
import org.communitysafety.core.io.DatasetWriter;
import org.communitysafety.core.io.ReadOptions;
import org.communitysafety.core.io.csv.CsvWriter;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.sample.SampleGenerator;
import org.communitysafety.core.taxonomy.Taxonomy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12: does reading an export with Chinese headers and labels cost more than reading CSI's
 * own schema? The same incidents of the benchmark city, written twice:
 *
 * <ul>
 *   <li>{@code CANONICAL}: {@code incidents.csv} as {@code DatasetWriter} writes it — English
 *       column names, category and source codes, unit codes, {@code true}/{@code false};</li>
 *   <li>{@code CHINESE}: {@code incidents.csv} headed {@code 警情编号, 所属单位, 警情类别, 发案时间, 报警时间,
 *       破案时间, 是否刑事, 重复报警, 损失金额, 挽回损失, 警情来源}, with the categories' and sources'
 *       Chinese labels (盗窃, 报警电话), units by name where the name is unique in the city (by code
 *       otherwise, as exports do), and 是/否.</li>
 * </ul>
 * Both are read through the public validating path, {@code DatasetReader.readColumnar} on the
 * directory (its {@code jurisdictions.csv} and the incidents file), every rule checked; the
 * figure includes reading the jurisdictions (a few hundred rows). The dates are the same text
 * on both sides, so the difference is the header mapping and the label and name look-ups.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ChineseCsvReadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ChineseCsvReadBenchmark {
    @Param({"1000000"})
    int incidents;

    @Param({"CANONICAL", "CHINESE"})
    Style style;

    /** How the incidents file is written. */
    public enum Style {
        CANONICAL, CHINESE
    }

    private Path dir;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SampleGenerator gen = SampleGenerator.of(BenchmarkData.spec(incidents));
        Path canonical = StoreBuildBenchmark.dataDirectory(gen);
        dir = style == Style.CANONICAL ? canonical : chineseDirectory(gen, canonical);
        int read = read().size();
        if (read != incidents) {
            throw new IllegalStateException(style + " read " + read + " incidents, not " + incidents);
        }
    }

    @Benchmark
    public IncidentStore read() {
        return DatasetReader.readColumnar(dir, ReadOptions.defaults()).orThrow().incidents();
    }

    /** The benchmark city's incidents as an export writes them, beside the same jurisdictions. */
    static Path chineseDirectory(SampleGenerator gen, Path canonical) throws IOException {
        Path dir = canonical.resolveSibling(canonical.getFileName() + "-chinese");
        if (Files.exists(dir.resolve("complete"))) {
            return dir;
        }
        Files.createDirectories(dir);
        Files.copy(canonical.resolve("jurisdictions.csv"), dir.resolve("jurisdictions.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, Integer> names = new HashMap<>();
        for (Jurisdiction j : gen.jurisdictions()) {
            names.merge(j.name(), 1, Integer::sum);
        }
        Map<String, String> unitText = new HashMap<>();
        for (Jurisdiction j : gen.jurisdictions()) {
            unitText.put(j.code(), names.get(j.name()) == 1 ? j.name() : j.code());
        }
        Taxonomy taxonomy = gen.taxonomy();
        try (CsvWriter w = CsvWriter.open(dir.resolve("incidents.csv"), StandardCharsets.UTF_8);
                Stream<Incident> all = gen.incidents()) {
            w.writeRow("警情编号", "所属单位", "警情类别", "发案时间", "报警时间", "破案时间", "是否刑事", "重复报警", "损失金额",
                    "挽回损失", "警情来源");
            for (Incident i : (Iterable<Incident>) all::iterator) {
                List<String> f = DatasetWriter.fields(i);
                w.writeRow(i.id(), unitText.get(i.unit()), taxonomy.category(i.category()).labelZh(), f.get(3),
                        f.get(4), f.get(5), i.criminal() ? "是" : "否", i.repeatCall() ? "是" : "否", f.get(8), f.get(9),
                        i.source() == IncidentSource.UNSPECIFIED ? "" : i.source().labelZh());
            }
        }
        Files.writeString(dir.resolve("complete"), "");
        return dir;
    }
}
