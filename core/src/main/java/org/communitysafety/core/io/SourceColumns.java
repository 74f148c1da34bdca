package org.communitysafety.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which field of a source's rows the reader takes a column from, resolved exactly as {@link
 * DatasetReader#read(java.util.Map, ReadOptions)} resolves it: the header read through the
 * options' {@linkplain MappingProfile mapping profile}, then matched by name or built-in alias
 * ({@code 警情编号} for an incident's {@code id}).
 *
 * <p>For engines that split a file's rows across workers and must bring the rows of one id
 * together before the reader checks that ids are unique (the Spark adapter partitions by the
 * id's field). Stateless and thread-safe.
 */
public final class SourceColumns {

    private SourceColumns() {}

    /**
     * The 0-based position in {@code header} of the field that {@code base}'s column {@code
     * column} is read from; empty when the header lacks it, names it twice, or when the mapping
     * profile supplies it as a default for every row.
     *
     * @throws IllegalArgumentException if {@code base} is not a file's base name ({@code
     *     incidents}, …) or {@code column} not one of its columns
     */
    public static OptionalInt position(String base, List<String> header, MappingProfile mapping, String column) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(column, "column");
        Schema schema = Schema.find(base).orElseThrow(() -> new IllegalArgumentException("unknown source " + base
                + "; the sources are " + String.join(", ", Schema.bases())));
        int c = schema.column(column);
        List<String> mapped;
        try {
            mapped = MappedRowSource.wrap(new HeaderOnly(header), mapping, schema).header().orElse(List.of());
        } catch (IOException e) {
            throw new IllegalStateException("a header in memory cannot fail to be read", e);
        }
        List<Problem> problems = new ArrayList<>();
        int position = schema.map(mapped, problems, base, 1)[c];
        boolean twice = problems.stream().anyMatch(p -> p.isError() && p.column().filter(column::equals).isPresent());
        return position < 0 || position >= header.size() || twice ? OptionalInt.empty() : OptionalInt.of(position);
    }

    /** A source of a header and no rows. */
    private record HeaderOnly(List<String> names) implements RowSource {
        @Override
        public Optional<List<String>> header() {
            return Optional.of(List.copyOf(names));
        }

        @Override
        public boolean next() {
            return false;
        }

        @Override
        public long line() {
            return 1;
        }

        @Override
        public List<String> fields() {
            return List.of();
        }

        @Override
        public String field(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int fieldCount() {
            return 0;
        }

        @Override
        public Optional<String> rowError() {
            return Optional.empty();
        }

        @Override
        public void close() {}
    }
}
