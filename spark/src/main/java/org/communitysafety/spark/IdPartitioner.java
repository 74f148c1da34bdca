package org.communitysafety.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.Partitioner;

/**
 * Brings the rows of one id into one partition, ordered there by line, so that the core
 * reader, which checks ids within what it reads, sees every occurrence of an id in input
 * order: the first (the lowest line) is kept and each later one is rejected with the reader's
 * own {@code duplicate id X, first used on line N}, as in one file. The key is the id as the
 * reader compares it (trimmed). Serialisable; package-private.
 */
final class IdPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;

    private final int partitions;

    IdPartitioner(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        this.partitions = partitions;
    }

    /** A row's key: its trimmed id and its line. */
    record Key(String id, long line) implements Serializable {}

    /** Keys by line: input order within a partition. */
    static final class ByLine implements Comparator<Key>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Key a, Key b) {
            return Long.compare(a.line(), b.line());
        }
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod(((Key) key).id().hashCode() * 0x9E3779B9, partitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
