package org.communitysafety.spark;

import org.apache.spark.api.java.function.Function2;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.RecordKind;

/**
 * The second stage: two partials added — their cubes' bytes with {@link Cube#plus}
 * (associative and commutative, the empty cube its identity) and written back as bytes, their
 * counts summed — so that Spark ships and merges the core's own wire form in any order and
 * grouping ({@code treeAggregate}). A piece with a cube and no counts, or counts and no cube,
 * adds as zero there. Serialisable; package-private.
 */
final class PieceMerge implements Function2<Piece, Piece, Piece> {
    private static final long serialVersionUID = 1L;

    private final String kind;

    PieceMerge(RecordKind<?> kind) {
        this.kind = kind.name();
    }

    @Override
    public Piece call(Piece a, Piece b) {
        byte[] cube = a.cube() == null ? b.cube() : b.cube() == null ? a.cube()
                : CubeCodec.toBytes(plus(RecordKind.of(kind), a.cube(), b.cube()));
        long[] x = a.counts() == null ? new long[3] : a.counts();
        long[] y = b.counts() == null ? new long[3] : b.counts();
        return Piece.counts(x[0] + y[0], x[1] + y[1], x[2] + y[2]).withCube(cube);
    }

    private static <M extends Enum<M>> Cube<M> plus(RecordKind<M> kind, byte[] a, byte[] b) {
        return CubeCodec.fromBytes(a, kind).plus(CubeCodec.fromBytes(b, kind));
    }
}
