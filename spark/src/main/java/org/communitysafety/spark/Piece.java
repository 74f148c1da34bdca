package org.communitysafety.spark;

import java.io.Serializable;

/**
 * What a partition yields: its partial cube as {@code CubeCodec} bytes, its counts of rows read,
 * accepted and rejected, one problem of a rejected row, or a row deferred to the pass by id. One small serialisable type, so that
 * a partition is read and validated once and all three come out of the same pass.
 * Package-private.
 *
 * @param cube     the partial cube's bytes, or null
 * @param counts   read, accepted, rejected; or null
 * @param problem  a rejected row's problem, or null
 * @param deferred a row whose id may repeat elsewhere, left for the pass by id; or null
 */
record Piece(byte[] cube, long[] counts, Problem problem, ListRowSource.Line deferred) implements Serializable {

    /**
     * One problem of a rejected row: the row's source ({@code incidents}), its 1-based position in
     * the input, the line the reader reports ({@code row + 1}, as in a CSV file with its header on
     * line 1), its id as given (empty when it has none), and the column, value and reason.
     */
    record Problem(String source, long row, long line, String id, String column, String value, String reason)
            implements Serializable {}

    static Piece cube(byte[] bytes) {
        return new Piece(bytes, null, null, null);
    }

    static Piece counts(long read, long accepted, long rejected) {
        return new Piece(null, new long[] {read, accepted, rejected}, null, null);
    }

    static Piece problem(Problem p) {
        return new Piece(null, null, p, null);
    }

    /** This piece with a cube's bytes (a partial of cube and counts, as {@link PieceMerge} adds them). */
    Piece withCube(byte[] bytes) {
        return new Piece(bytes, counts, problem, deferred);
    }

    static Piece deferred(ListRowSource.Line line) {
        return new Piece(null, null, null, line);
    }

    boolean isDeferred() {
        return deferred != null;
    }

    boolean isCube() {
        return cube != null;
    }

    boolean isCounts() {
        return counts != null;
    }

    boolean isProblem() {
        return problem != null;
    }
}
