/**
 * JMH benchmarks. Each benchmark's javadoc states the question it answers and the command
 * that runs it; {@code benchmarks/README.md} keeps the figures, the machine and the JDK.
 *
 * <ul>
 *   <li>{@code CsvParseBenchmark}: the CSV parser against the naive split.
 *   <li>{@code Query1CountsBenchmark} … {@code Query4PartialsBenchmark}: the aggregation core,
 *       single-threaded and parallel, against {@code Collectors.groupingBy} over the records,
 *       DuckDB over JDBC and (query 1) Tablesaw, on the seeded sample city of {@link
 *       org.communitysafety.benchmarks.BenchmarkData} at 1M and 10M incidents; every engine's
 *       answer is checked against the core's in {@code @Setup}.
 *   <li>{@code StoreBuildBenchmark}: an {@code incidents.csv} into the column store through the
 *       public validating reader (the headline) and an unvalidated direct path (secondary),
 *       against Tablesaw's and DuckDB's CSV readers.
 *   <li>{@code DuckDbReportCounts} and {@code ReadIncidents}: not JMH benchmarks but mains that
 *       {@code benchmarks/scripts/issue13.sh} runs in their own processes against {@code csi
 *       report} and {@code DatasetReader.readColumnar} — DuckDB's counts behind the report, and
 *       reading one {@code incidents.csv} by either engine.
 * </ul>
 * The benchmarks on the sample city extend {@code CityBenchmark} (the JMH settings, the size
 * ladder, the city built once per trial); the query benchmarks extend {@code QueryBenchmark},
 * which makes the trial's runner from the query's {@code Query} (one runner per engine) and
 * checks it against the core before timing.
 *
 * <p>Memory: the core holds 10 bytes an incident plus 20 per incident with an amount; the
 * streams baseline about 250 bytes an incident, built only in its own forks.
 */
package org.communitysafety.benchmarks;
