package org.communitysafety.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 13, the peer of {@code csi report}: DuckDB in-process over JDBC reads a data directory
 * made by {@code csi generate} and computes the counts behind the report's count indicators for
 * one year and the year before, for every unit with its whole subtree (the report's roll-up) —
 * a lower bound on the report's work, which also computes rates, intervals, exact tests and
 * funnel flags for every taxonomy group and writes about 1.5 million JSON rows at 10M incidents.
 *
 * <p>What the timed part does, in one in-memory database on DuckDB's default threads (every
 * core):
 * <ol>
 *   <li>{@code CREATE TABLE x AS SELECT * FROM read_csv('DIR/x.csv')} for jurisdictions,
 *       incidents, disputes and outreach (types detected, every column, no validation; a missing
 *       disputes or outreach file is an empty table, as the report allows);</li>
 *   <li>the unit closure (every unit and its ancestors) by a recursive CTE over
 *       {@code jurisdictions(code, parent_code)};</li>
 *   <li>three {@code GROUP BY}s over the two years, each grouped by (unit, category or type,
 *       year), then joined to the closure and summed, by category or type and for all
 *       ({@code GROUPING SETS}), into a table: incidents — count, cleared by the end of their
 *       year (cohort), repeat calls, loss, recovered; clearances made in the year; disputes —
 *       received, resolved by the year's end, concluded by the year's end, amount; outreach —
 *       sessions, audience, households, hazards found and fixed, leads, frauds stopped, loss
 *       avoided.</li>
 * </ol>
 * The result stays in DuckDB's tables (materialised, not read into Java); the taxonomy groups
 * (criminal, property …), populations, rates and statistics are not computed.
 *
 * <p>With {@code --check FILE}, after the timed part and outside it, the counts are compared with
 * a CSV from {@code csi report --format csv --compare yoy --indicators
 * incidents.count,incidents.clearance_rate,disputes.count,disputes.resolution_rate,outreach.sessions,outreach.audience}
 * of the same data and year, every unit and every group {@code all}, {@code category:*} and
 * {@code type:*}: the report's figure (its numerator for a rate) this year and, for the counts,
 * the year before. A difference exits with status 1.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.communitysafety.benchmarks.DuckDbReportCounts --data DIR --year 2024 [--check FILE]}; it
 * prints one line, {@code duckdb-report-counts: total_ms=… read_ms=… closure_ms=… groupby_ms=…
 * incidents=… result_rows=…}, which {@code benchmarks/scripts/issue13.sh} reads.
 */
public final class DuckDbReportCounts {
    private DuckDbReportCounts() {}

    public static void main(String[] args) throws Exception {
        Path dir = null;
        int year = 2024;
        Path check = null;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--data" -> dir = Path.of(args[++k]);
                case "--year" -> year = Integer.parseInt(args[++k]);
                case "--check" -> check = Path.of(args[++k]);
                default -> throw new IllegalArgumentException("unknown argument " + args[k]
                        + "; usage: --data DIR [--year YYYY] [--check REPORT.csv]");
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("--data DIR is required");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            Timings t = compute(s, dir, year);
            long incidents = single(s, "SELECT count(*) FROM incidents");
            long rows = single(s, "SELECT (SELECT count(*) FROM incident_counts) + (SELECT count(*) FROM clearances)"
                    + " + (SELECT count(*) FROM dispute_counts) + (SELECT count(*) FROM outreach_sums)");
            System.out.printf(Locale.ROOT,
                    "duckdb-report-counts: total_ms=%d read_ms=%d closure_ms=%d groupby_ms=%d incidents=%d result_rows=%d%n",
                    ms(t.read() + t.closure() + t.groupBy()), ms(t.read()), ms(t.closure()), ms(t.groupBy()), incidents,
                    rows);
            if (check != null && !check(s, check, year)) {
                System.exit(1);
            }
        }
    }

    /**
     * The record files a data directory may leave out, as csi report allows: an empty table with
     * the columns the GROUP BYs read.
     */
    private static final Map<String, String> OPTIONAL = Map.of(
            "disputes", "(unit BIGINT, type VARCHAR, received_on DATE, status VARCHAR, closed_on DATE, amount DOUBLE)",
            "outreach", "(unit BIGINT, type VARCHAR, held_on DATE, audience BIGINT, households BIGINT,"
                    + " hazards_found BIGINT, hazards_fixed BIGINT, leads BIGINT, frauds_stopped BIGINT,"
                    + " loss_avoided DOUBLE)");

    /** Nanoseconds spent reading the files, building the unit closure and grouping. */
    record Timings(long read, long closure, long groupBy) {}

    /**
     * The timed part: reads the data directory {@code dir} into tables of {@code s}'s database and
     * computes the counts of {@code year} and the year before into the tables {@code
     * incident_counts}, {@code clearances}, {@code dispute_counts} and {@code outreach_sums}
     * (columns unit, grp, year and the figures).
     */
    static Timings compute(Statement s, Path dir, int year) throws SQLException {
        long start = System.nanoTime();
        for (String file : List.of("jurisdictions", "incidents", "disputes", "outreach")) {
            Path csv = dir.resolve(file + ".csv");
            if (Files.isRegularFile(csv)) {
                s.execute("CREATE TABLE " + file + " AS SELECT * FROM read_csv(" + literal(csv) + ")");
            } else if (OPTIONAL.containsKey(file)) {
                s.execute("CREATE TABLE " + file + OPTIONAL.get(file));
            } else {
                throw new IllegalArgumentException(csv + " is missing");
            }
        }
        long read = System.nanoTime();
        s.execute("CREATE TABLE closure AS WITH RECURSIVE up(unit, ancestor) AS ("
                + " SELECT code, code FROM jurisdictions"
                + " UNION ALL SELECT up.unit, j.parent_code FROM up JOIN jurisdictions j ON j.code = up.ancestor"
                + " WHERE j.parent_code IS NOT NULL) SELECT * FROM up");
        long closure = System.nanoTime();
        for (String sql : groupBys(year)) {
            s.execute(sql);
        }
        long end = System.nanoTime();
        return new Timings(read - start, closure - read, end - closure);
    }

    /** The three GROUP BYs (and the clearances of the year), rolled up the closure, into tables. */
    static List<String> groupBys(int year) {
        String from = "DATE '" + (year - 1) + "-01-01'";
        String to = "DATE '" + year + "-12-31'";
        List<String> sql = new ArrayList<>();
        sql.add(rolledUp("incident_counts", "category", "category:",
                "SELECT unit, category, year(occurred_on) AS year, count(*) AS n,"
                        + " count(*) FILTER (WHERE cleared_on <= make_date(year(occurred_on), 12, 31)) AS cleared,"
                        + " count(*) FILTER (WHERE repeat_call) AS repeats, sum(loss) AS loss, sum(recovered) AS recovered"
                        + " FROM incidents WHERE occurred_on BETWEEN " + from + " AND " + to + " GROUP BY ALL",
                "sum(n) AS n, sum(cleared) AS cleared, sum(repeats) AS repeats, sum(loss) AS loss,"
                        + " sum(recovered) AS recovered"));
        sql.add(rolledUp("clearances", "category", "category:",
                "SELECT unit, category, year(cleared_on) AS year, count(*) AS n FROM incidents"
                        + " WHERE cleared_on BETWEEN " + from + " AND " + to + " GROUP BY ALL",
                "sum(n) AS n"));
        sql.add(rolledUp("dispute_counts", "type", "type:",
                "SELECT unit, type, year(received_on) AS year, count(*) AS n,"
                        + " count(*) FILTER (WHERE status = 'resolved'"
                        + " AND closed_on <= make_date(year(received_on), 12, 31)) AS resolved,"
                        + " count(*) FILTER (WHERE status IN ('resolved', 'failed', 'referred')"
                        + " AND closed_on <= make_date(year(received_on), 12, 31)) AS concluded, sum(amount) AS amount"
                        + " FROM disputes WHERE received_on BETWEEN " + from + " AND " + to + " GROUP BY ALL",
                "sum(n) AS n, sum(resolved) AS resolved, sum(concluded) AS concluded, sum(amount) AS amount"));
        sql.add(rolledUp("outreach_sums", "type", "type:",
                "SELECT unit, type, year(held_on) AS year, count(*) AS sessions, sum(audience) AS audience,"
                        + " sum(households) AS households, sum(hazards_found) AS hazards_found,"
                        + " sum(hazards_fixed) AS hazards_fixed, sum(leads) AS leads, sum(frauds_stopped) AS frauds_stopped,"
                        + " sum(loss_avoided) AS loss_avoided"
                        + " FROM outreach WHERE held_on BETWEEN " + from + " AND " + to + " GROUP BY ALL",
                "sum(sessions) AS sessions, sum(audience) AS audience, sum(households) AS households,"
                        + " sum(hazards_found) AS hazards_found, sum(hazards_fixed) AS hazards_fixed, sum(leads) AS leads,"
                        + " sum(frauds_stopped) AS frauds_stopped, sum(loss_avoided) AS loss_avoided"));
        return sql;
    }

    /**
     * {@code CREATE TABLE table AS}: the units' own figures ({@code own}, grouped by unit, key and
     * year) joined to the closure and summed per (ancestor, key, year) and per (ancestor, year),
     * the group named {@code prefix + key} or {@code all}.
     */
    private static String rolledUp(String table, String key, String prefix, String own, String sums) {
        return "CREATE TABLE " + table + " AS WITH own AS (" + own + ")"
                + " SELECT c.ancestor AS unit, CASE WHEN grouping(o." + key + ") = 1 THEN 'all' ELSE '" + prefix
                + "' || o." + key + " END AS grp, o.year, " + sums
                + " FROM own o JOIN closure c ON c.unit = o.unit"
                + " GROUP BY GROUPING SETS ((c.ancestor, o." + key + ", o.year), (c.ancestor, o.year))";
    }

    /**
     * Compares the counts with the report's CSV; prints how many figures were compared and the
     * first differences.
     */
    static boolean check(Statement s, Path report, int year) throws SQLException {
        s.execute("CREATE TABLE report AS SELECT * FROM read_csv(" + literal(report) + ", all_varchar = true)");
        s.execute("CREATE TABLE mine AS"
                + " SELECT 'incidents.count' AS ind, unit::VARCHAR AS unit, grp, year, n AS v FROM incident_counts"
                + " UNION ALL SELECT 'incidents.clearance_rate', unit::VARCHAR, grp, year, cleared FROM incident_counts"
                + " UNION ALL SELECT 'disputes.count', unit::VARCHAR, grp, year, n FROM dispute_counts"
                + " UNION ALL SELECT 'disputes.resolution_rate', unit::VARCHAR, grp, year, resolved FROM dispute_counts"
                + " UNION ALL SELECT 'outreach.sessions', unit::VARCHAR, grp, year, sessions FROM outreach_sums"
                + " UNION ALL SELECT 'outreach.audience', unit::VARCHAR, grp, year, audience FROM outreach_sums");
        String compared = "WITH r AS (SELECT indicator, unit, \"group\" AS grp,"
                + " CASE WHEN indicator LIKE '%rate' THEN numerator ELSE value END AS cur,"
                + " CASE WHEN indicator LIKE '%rate' THEN NULL ELSE baselineValue END AS base FROM report"
                + " WHERE \"group\" = 'all' OR \"group\" LIKE 'category:%' OR \"group\" LIKE 'type:%')"
                + " SELECT r.indicator, r.unit, r.grp, coalesce(TRY_CAST(r.cur AS DOUBLE), 0) AS cur,"
                + " coalesce(m1.v, 0) AS mine_cur, TRY_CAST(r.base AS DOUBLE) AS base, coalesce(m0.v, 0) AS mine_base"
                + " FROM r LEFT JOIN mine m1 ON m1.ind = r.indicator AND m1.unit = r.unit AND m1.grp = r.grp"
                + " AND m1.year = " + year
                + " LEFT JOIN mine m0 ON m0.ind = r.indicator AND m0.unit = r.unit AND m0.grp = r.grp"
                + " AND m0.year = " + (year - 1);
        String differs = " WHERE cur <> mine_cur OR (base IS NOT NULL AND base <> mine_base)";
        long figures = single(s, "SELECT count(*) + count(base) FROM (" + compared + ")");
        long wrong = single(s, "SELECT count(*) FROM (" + compared + ")" + differs);
        System.out.printf(Locale.ROOT, "check: %d figures of %s compared with DuckDB's counts, %d differ%n", figures,
                report.getFileName(), wrong);
        if (figures == 0) {
            System.out.println("check: the report has no count rows; wrong file?");
            return false;
        }
        if (wrong > 0) {
            try (ResultSet r = s.executeQuery("SELECT * FROM (" + compared + ")" + differs + " LIMIT 10")) {
                while (r.next()) {
                    System.out.printf(Locale.ROOT, "  %s %s %s: report %s / %s, DuckDB %s / %s%n", r.getString(1),
                            r.getString(2), r.getString(3), r.getObject(4), r.getObject(6), r.getObject(5),
                            r.getObject(7));
                }
            }
        }
        return wrong == 0;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A path as an SQL string literal. */
    static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
