package org.communitysafety.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session the test classes share ({@code local[2]}, no UI, quiet), started
 * on first use (about 5 s) and stopped when the JVM exits; and the bundled sample's files.
 */
final class LocalSpark {
    private static SparkSession session;

    /** The bundled sample's data directory, in the examples module's sources. */
    static final Path SAMPLE = Path.of("..", "examples", "src", "main", "resources", "org", "communitysafety",
            "examples", "sample").toAbsolutePath().normalize();

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("csi-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    /** A sample file as a DataFrame of text columns, as Spark reads a CSV file with a header. */
    static Dataset<Row> csv(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file);
        }
        return session().read().option("header", "true").option("encoding", "UTF-8").csv(file.toString());
    }

    static Dataset<Row> sample(String base) {
        return csv(SAMPLE.resolve(base + ".csv"));
    }
}
