package org.communitysafety.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.Incident;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The benchmark incidents in an in-memory DuckDB database, loaded once per trial with the
 * Appender (the fastest way in from Java), in the most favourable layout for DuckDB: the same
 * columns as the core's store, units and categories as dense integers, days as {@code DATE}, and
 * the rows ordered by the day they occurred ({@code ORDER BY day} when loading), so that a
 * filter on the years skips whole row groups by their minimum and maximum day (DuckDB's zone
 * maps) — the benefit the core's store has from its rows ordered by (unit, day).
 *
 * <pre>
 *   incidents(unit INTEGER, day DATE, category SMALLINT, criminal BOOLEAN, repeat_call BOOLEAN,
 *             cleared DATE NULL, loss BIGINT, recovered BIGINT)          -- fen
 *   units(unit INTEGER, town INTEGER, district INTEGER, leaf BOOLEAN)   -- positions, -1 = none
 *   ancestors(unit INTEGER, ancestor INTEGER)                           -- every unit and its ancestors, itself included
 * </pre>
 * DuckDB runs its queries on all cores (2 here) — its default.
 */
final class DuckDbData implements AutoCloseable {
    final Connection connection;

    private DuckDbData(Connection connection) {
        this.connection = connection;
    }

    /** A new in-memory database holding {@code data}'s incidents. */
    static DuckDbData load(BenchmarkData data) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE appended(unit INTEGER, day DATE, category SMALLINT, criminal BOOLEAN,"
                    + " repeat_call BOOLEAN, cleared DATE, loss BIGINT, recovered BIGINT)");
            s.execute("CREATE TABLE units(unit INTEGER, town INTEGER, district INTEGER, leaf BOOLEAN)");
            s.execute("CREATE TABLE ancestors(unit INTEGER, ancestor INTEGER)");
        }
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        JurisdictionTree tree = data.tree;
        try (DuckDBAppender a = duck.createAppender("main", "appended");
                Stream<Incident> incidents = data.generator.incidents()) {
            incidents.forEach(i -> {
                try {
                    a.beginRow().append(tree.indexOf(i.unit())).appendEpochDays((int) i.occurredOn().toEpochDay())
                            .append((short) data.taxonomy.indexOf(i.category())).append(i.criminal())
                            .append(i.repeatCall());
                    if (i.clearedOn().isPresent()) {
                        a.appendEpochDays((int) i.clearedOn().get().toEpochDay());
                    } else {
                        a.appendNull();
                    }
                    a.append(i.loss().fen()).append(i.recovered().fen()).endRow();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE incidents AS SELECT * FROM appended ORDER BY day");
            s.execute("DROP TABLE appended");
        }
        try (DuckDBAppender units = duck.createAppender("main", "units");
                DuckDBAppender ancestors = duck.createAppender("main", "ancestors")) {
            for (int u = 0; u < tree.size(); u++) {
                units.beginRow().append(u).append(data.townPosition[u]).append(data.districtPosition[u])
                        .append(tree.isLeaf(u)).endRow();
                ancestors.beginRow().append(u).append(u).endRow();
                for (int a : tree.ancestors(u)) {
                    ancestors.beginRow().append(u).append(a).endRow();
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM incidents")) {
            r.next();
            if (r.getLong(1) != data.incidents) {
                throw new IllegalStateException("DuckDB holds " + r.getLong(1) + " incidents, not " + data.incidents);
            }
        }
        return new DuckDbData(c);
    }

    /** Runs {@code sql} and hands every row to {@code rows}. */
    void query(String sql, RowConsumer rows) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.accept(r);
            }
        }
    }

    /** Receives one row of a result. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** {@code DATE 'y-01-01'}. */
    static String firstDayOf(int year) {
        return "DATE '" + year + "-01-01'";
    }

    /** {@code DATE 'y-12-31'}. */
    static String lastDayOf(int year) {
        return "DATE '" + year + "-12-31'";
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
