package org.communitysafety.core.io;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source read through a {@link MappingProfile}: the header renamed ({@code column.*}), the
 * cells' labels mapped ({@code value.*}) and dates rewritten ({@code format.*}), and a column
 * added for each {@code default.*} the header lacks. The line numbers are the source's, and
 * {@link #originalFields()} keeps the row as the file has it, for the rejects file. The work
 * per row is one look-up per mapped cell, done once in {@link #next()}. Not thread-safe;
 * package-private.
 */
final class MappedRowSource implements RowSource {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final RowSource source;
    private final MappingProfile profile;
    private final Schema schema;
    /** Per field position of the source: its label map, or null. */
    private Map<String, String>[] values;
    /** Per field position of the source: its date pattern, or null. */
    private DateTimeFormatter[] formats;
    /** The values of the columns added at the end. */
    private List<String> added = List.of();
    private String[] current;

    private MappedRowSource(RowSource source, MappingProfile profile, Schema schema) {
        this.source = source;
        this.profile = profile;
        this.schema = schema;
    }

    /** {@code source} read through the profile's section for {@code schema}; the source itself when it has none. */
    static RowSource wrap(RowSource source, MappingProfile profile, Schema schema) {
        return maps(profile, schema) ? new MappedRowSource(source, profile, schema) : source;
    }

    /** Whether the profile has a section for {@code schema}: columns, defaults, values or formats. */
    static boolean maps(MappingProfile profile, Schema schema) {
        String kind = schema.base;
        return !profile.columns(kind).isEmpty() || !profile.defaults(kind).isEmpty()
                || schema.names().stream().anyMatch(f -> !profile.values(kind, f).isEmpty()
                        || profile.format(kind, f).isPresent());
    }

    /**
     * The aliases a source of {@code schema} is opened with, for formats whose rows name their
     * columns: the built-in ones, and the profile's headers, which win over a built-in one.
     */
    static Map<String, String> aliases(Schema schema, MappingProfile profile) {
        Map<String, String> all = new HashMap<>(schema.aliases());
        profile.columns(schema.base).forEach((field, header) -> {
            all.keySet().removeIf(a -> Schema.normalise(a).equals(Schema.normalise(header)));
            if (!Schema.normalise(header).equals(field)) {
                all.put(header, field);
            }
        });
        return all;
    }

    /** The current row as the source has it. */
    List<String> originalFields() {
        return source.fields();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<List<String>> header() throws IOException {
        Optional<List<String>> h = source.header();
        if (h.isEmpty()) {
            return h;
        }
        String kind = schema.base;
        Map<String, String> renamed = new HashMap<>();
        profile.columns(kind).forEach((field, header) -> renamed.put(Schema.normalise(header), field));
        List<String> header = new ArrayList<>();
        boolean[] present = new boolean[schema.columns.size()];
        values = new Map[h.get().size()];
        formats = new DateTimeFormatter[h.get().size()];
        for (int f = 0; f < h.get().size(); f++) {
            String cell = h.get().get(f);
            String name = renamed.getOrDefault(Schema.normalise(cell), cell);
            header.add(name);
            int c = schema.columnOf(name);
            if (c >= 0) {
                present[c] = true;
                String field = schema.columns.get(c).name();
                Map<String, String> v = profile.values(kind, field);
                values[f] = v.isEmpty() ? null : v;
                formats[f] = profile.format(kind, field).map(MappingProfile::formatter).orElse(null);
            }
        }
        List<String> defaults = new ArrayList<>();
        profile.defaults(kind).forEach((field, value) -> {
            if (!present[schema.column(field)]) {
                header.add(field);
                defaults.add(value);
            }
        });
        added = List.copyOf(defaults);
        return Optional.of(List.copyOf(header));
    }

    @Override
    public boolean next() throws IOException {
        if (!source.next()) {
            current = null;
            return false;
        }
        int n = source.fieldCount();
        current = new String[n + added.size()];
        for (int f = 0; f < n; f++) {
            current[f] = map(f, source.field(f));
        }
        for (int a = 0; a < added.size(); a++) {
            current[n + a] = added.get(a);
        }
        return true;
    }

    private String map(int position, String text) {
        if (values == null || position >= values.length) {
            return text;
        }
        String out = text;
        if (values[position] != null) {
            out = values[position].getOrDefault(text.strip(), text);
        }
        if (formats[position] != null) {
            out = reformat(formats[position], out);
        }
        return out;
    }

    /** {@code text} as {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm[:ss]} when it matches, else as it is. */
    static String reformat(DateTimeFormatter format, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return text;
        }
        try {
            TemporalAccessor parsed = format.parseBest(t, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof LocalDateTime dt) {
                return (dt.getSecond() == 0 ? MINUTES : SECONDS).format(dt);
            }
            return DATE.format((LocalDate) parsed);
        } catch (DateTimeParseException e) {
            return text;   // the usual date rules report it
        }
    }

    @Override
    public long headerLine() {
        return source.headerLine();
    }

    @Override
    public long line() {
        return source.line();
    }

    @Override
    public List<String> fields() {
        return Arrays.asList(current);
    }

    @Override
    public String field(int index) {
        return current[index];
    }

    @Override
    public int fieldCount() {
        return current.length;
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    @Override
    public Optional<String> rowError() {
        return source.rowError();
    }

    @Override
    public List<String> rowWarnings() {
        return source.rowWarnings();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
