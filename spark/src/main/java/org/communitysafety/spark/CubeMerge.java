package org.communitysafety.spark;

import org.apache.spark.api.java.function.Function2;
import org.communitysafety.core.aggregate.Cube;
import org.communitysafety.core.aggregate.CubeCodec;
import org.communitysafety.core.aggregate.RecordKind;

/**
 * The second stage: two partial cubes' bytes added ({@link Cube#plus}: associative and
 * commutative, the empty cube its identity) and written back as bytes, so that Spark ships
 * and merges the core's own wire form in any order and grouping. Serialisable;
 * package-private.
 */
final class CubeMerge implements Function2<byte[], byte[], byte[]> {
    private static final long serialVersionUID = 1L;

    private final String kind;

    CubeMerge(RecordKind<?> kind) {
        this.kind = kind.name();
    }

    @Override
    public byte[] call(byte[] a, byte[] b) {
        return CubeCodec.toBytes(plus(RecordKind.of(kind), a, b));
    }

    private static <M extends Enum<M>> Cube<M> plus(RecordKind<M> kind, byte[] a, byte[] b) {
        return CubeCodec.fromBytes(a, kind).plus(CubeCodec.fromBytes(b, kind));
    }
}
