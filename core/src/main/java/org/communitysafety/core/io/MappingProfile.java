package org.communitysafety.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Suggest;

/**
 * How to read an export that is not in the interchange format: which file (and sheet) holds
 * each kind of record, which of its columns is which field, what its labels mean, how its dates
 * are written, and what a missing column stands for. Written by hand, or proposed by
 * {@code csi inspect --write-mapping} and reviewed.
 *
 * <pre>
 * # CSI mapping profile (UTF-8; '#' starts a comment, at the start of a line or after a blank)
 * [incidents]
 * file = 警情导出.csv                      # optional: the file, relative to the data directory
 * sheet = 警情                            # optional: the sheet of a workbook
 * column.id = 警情编号                     # the field id is headed 警情编号
 * column.category = 警情性质
 * value.category.两抢 = robbery            # the label 两抢 in column category means robbery
 * format.occurred_on = yyyy.MM.dd HH:mm   # a java.time pattern
 * default.criminal = false                # the value of every row when the column is missing
 * [disputes]
 * ...
 * </pre>
 *
 * <p>The sections are the kinds of file: {@code jurisdictions}, {@code taxonomy},
 * {@code populations}, {@code incidents}, {@code disputes}, {@code outreach}; the fields are
 * their columns as {@link DatasetReader} documents them. Applied when a file is read:
 * <ul>
 *   <li>{@code column.F = H}: the column headed {@code H} (matched as headers are: ignoring case
 *       and surrounding blanks) is field {@code F}. It counts besides the built-in Chinese
 *       headings; where {@code H} is also a built-in heading of another field, the profile wins
 *       for that file.</li>
 *   <li>{@code value.F.L = V}: a cell of field {@code F} whose text is {@code L} (after
 *       stripping blanks, exactly) reads as {@code V}; any other text is read as it is, so an
 *       unmapped label is reported as unknown — once per distinct value, with its count and first
 *       lines — never dropped.</li>
 *   <li>{@code format.F = P}: a cell of date field {@code F} that matches the pattern {@code P}
 *       ({@link DateTimeFormatter}, resolved strictly: {@code 2023.02.30} does not match) reads
 *       as {@code yyyy-MM-dd}, or {@code yyyy-MM-dd HH:mm[:ss]} when {@code P} has a time of day
 *       (kept where the field keeps one, {@code occurred_on} and {@code reported_on} of
 *       incidents, and dropped elsewhere, as the date rules do).
 *       A cell that does not match is left as it is for the usual date rules, which accept
 *       {@code 2024-03-07} and report anything else as not a date.</li>
 *   <li>{@code default.F = V}: when the file has no column for {@code F}, every row reads
 *       {@code V} there. (JSON Lines files always have every column, so a default does not apply
 *       to them.)</li>
 * </ul>
 * Problems and rejected rows keep the file's own line numbers and values.
 *
 * <p>{@link #toString()} writes the profile in this format, in a fixed order, and
 * {@link #parse} reads it back equal. Immutable and thread-safe.
 */
public final class MappingProfile {
    private static final MappingProfile NONE = new MappingProfile("(none)", Map.of());

    /** One kind's entries; the maps keep the order written. */
    private record Section(Optional<String> file, Optional<String> sheet, Map<String, String> columns,
            Map<String, Map<String, String>> values, Map<String, String> formats, Map<String, String> defaults) {
        static final Section EMPTY = new Section(Optional.empty(), Optional.empty(), Map.of(), Map.of(), Map.of(),
                Map.of());
    }

    private final String name;
    private final Map<String, Section> sections;

    private MappingProfile(String name, Map<String, Section> sections) {
        this.name = name;
        this.sections = sections;
    }

    /** The profile that maps nothing: files are read as the interchange format says. */
    public static MappingProfile none() {
        return NONE;
    }

    /**
     * Reads a profile from a UTF-8 file.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException listing every bad line, e.g. {@code mapping.txt line 4:
     *     unknown field catgory of incidents; did you mean category?}
     */
    public static MappingProfile read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads a profile from its text; {@code name} names it in messages.
     *
     * @throws IllegalArgumentException listing every bad line
     */
    public static MappingProfile parse(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        return new Parser(name).parse(text);
    }

    /** What messages call the profile: its file name. */
    public String name() {
        return name;
    }

    /** Whether the profile maps nothing. */
    public boolean isEmpty() {
        return sections.values().stream().allMatch(s -> s.equals(Section.EMPTY));
    }

    /** The kinds the profile has a section for, in the order written. */
    public List<String> kinds() {
        return List.copyOf(sections.keySet());
    }

    /** The file that holds {@code kind}, relative to the data directory, if the profile says. */
    public Optional<String> file(String kind) {
        return section(kind).file();
    }

    /** The sheet of a workbook that holds {@code kind}, if the profile says. */
    public Optional<String> sheet(String kind) {
        return section(kind).sheet();
    }

    /** The headers the profile gives the fields of {@code kind}: field → header. */
    public Map<String, String> columns(String kind) {
        return section(kind).columns();
    }

    /** The labels of field {@code field} of {@code kind} and what each reads as: label → value. */
    public Map<String, String> values(String kind, String field) {
        return section(kind).values().getOrDefault(field, Map.of());
    }

    /** The date pattern of field {@code field} of {@code kind}, if the profile gives one. */
    public Optional<String> format(String kind, String field) {
        return Optional.ofNullable(section(kind).formats().get(field));
    }

    /** The values of fields whose column is missing: field → value. */
    public Map<String, String> defaults(String kind) {
        return section(kind).defaults();
    }

    private Section section(String kind) {
        Objects.requireNonNull(kind, "kind");
        return sections.getOrDefault(kind, Section.EMPTY);
    }

    /** The profile in its file format; {@link #parse} reads it back equal. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("# CSI mapping profile\n");
        sections.forEach((kind, sec) -> {
            s.append('[').append(kind).append("]\n");
            sec.file().ifPresent(f -> s.append("file = ").append(f).append('\n'));
            sec.sheet().ifPresent(f -> s.append("sheet = ").append(f).append('\n'));
            sec.columns().forEach((f, h) -> s.append("column.").append(f).append(" = ").append(h).append('\n'));
            sec.values().forEach((f, m) -> m.forEach((l, v) ->
                    s.append("value.").append(f).append('.').append(l).append(" = ").append(v).append('\n')));
            sec.formats().forEach((f, p) -> s.append("format.").append(f).append(" = ").append(p).append('\n'));
            sec.defaults().forEach((f, v) -> s.append("default.").append(f).append(" = ").append(v).append('\n'));
        });
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappingProfile p && p.sections.equals(sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    /** The text of a line without its comment: a '#' at the start or after a blank starts one. */
    static String uncommented(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }

    /**
     * A pattern as {@link MappedRowSource} applies it: {@code y} read as the proleptic year
     * {@code u}, so that strict resolving needs no era.
     *
     * @throws IllegalArgumentException if the pattern is not a valid one
     */
    static DateTimeFormatter formatter(String pattern) {
        StringBuilder p = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            p.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(p.toString(), Locale.ROOT)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** Reads the text of a profile, collecting every bad line before failing. */
    private static final class Parser {
        private final String name;
        private final List<String> errors = new ArrayList<>();
        private final Map<String, Builder> sections = new LinkedHashMap<>();
        /** The line of each key, per kind, for duplicates: kind + "\n" + key → line. */
        private final Map<String, Integer> keyLines = new LinkedHashMap<>();

        Parser(String name) {
            this.name = name;
        }

        MappingProfile parse(String text) {
            String kind = null;
            Schema schema = null;
            boolean badSection = false;
            String[] lines = text.split("\r?\n|\r", -1);
            for (int n = 1; n <= lines.length; n++) {
                String line = uncommented(n == 1 ? strip(lines[0]) : lines[n - 1]);
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("[")) {
                    if (!line.endsWith("]")) {
                        error(n, "a section is written [kind], e.g. [incidents]; got " + line);
                        kind = null;
                        badSection = true;
                        continue;
                    }
                    kind = line.substring(1, line.length() - 1).strip();
                    schema = Schema.find(kind).orElse(null);
                    badSection = schema == null;
                    if (schema == null) {
                        error(n, "unknown kind " + kind + "; the kinds are " + String.join(", ", Schema.bases())
                                + Suggest.didYouMean(kind, Schema.bases()));
                        kind = null;
                    } else {
                        sections.computeIfAbsent(kind, k -> new Builder());
                    }
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    error(n, "expected key = value, got " + line);
                    continue;
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                if (kind == null) {
                    if (!badSection) {   // the keys of a bad section are not reported again
                        error(n, key + " is outside a section; start one with [incidents], [disputes] …");
                    }
                    continue;
                }
                entry(n, kind, schema, key, value);
            }
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(String.join("\n", errors));
            }
            Map<String, Section> built = new LinkedHashMap<>();
            sections.forEach((k, b) -> built.put(k, b.build()));
            return new MappingProfile(name, java.util.Collections.unmodifiableMap(built));
        }

        private static String strip(String firstLine) {
            return firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
        }

        private void entry(int n, String kind, Schema schema, String key, String value) {
            Builder b = sections.get(kind);
            Integer first = keyLines.putIfAbsent(kind + "\n" + key, n);
            if (first != null) {
                error(n, "duplicate key " + key + " in [" + kind + "], first on line " + first);
                return;
            }
            if (value.isEmpty()) {
                error(n, key + " has no value");
                return;
            }
            if (key.equals("file")) {
                b.file = value;
                return;
            }
            if (key.equals("sheet")) {
                b.sheet = value;
                return;
            }
            int dot = key.indexOf('.');
            String type = dot < 0 ? key : key.substring(0, dot);
            List<String> types = List.of("column", "value", "format", "default");
            if (dot < 0 || !types.contains(type)) {
                error(n, "unknown key " + key + "; the keys are file, sheet, column.FIELD, value.FIELD.LABEL,"
                        + " format.FIELD and default.FIELD" + Suggest.didYouMean(type, List.of("file", "sheet",
                                "column", "value", "format", "default")));
                return;
            }
            String rest = key.substring(dot + 1);
            String field = type.equals("value") && rest.indexOf('.') >= 0 ? rest.substring(0, rest.indexOf('.')) : rest;
            if (!schema.names().contains(field)) {
                error(n, "unknown field " + field + " of " + kind + "; the fields are "
                        + String.join(", ", schema.names()) + Suggest.didYouMean(field, schema.names()));
                return;
            }
            switch (type) {
                case "column" -> {
                    String normal = Schema.normalise(value);
                    String other = b.headers.putIfAbsent(normal, field);
                    if (other != null) {
                        error(n, "the header " + value + " is already the column of " + other);
                    } else {
                        b.columns.put(field, value);
                    }
                }
                case "value" -> {
                    String label = rest.length() > field.length() ? rest.substring(field.length() + 1).strip() : "";
                    if (label.isEmpty()) {
                        error(n, "a value map is written value." + field + ".LABEL = VALUE; the label is missing");
                    } else {
                        b.values.computeIfAbsent(field, f -> new LinkedHashMap<>()).put(label, value);
                    }
                }
                case "format" -> {
                    if (!field.endsWith("_on")) {
                        error(n, field + " is not a date; a format applies to the dates of " + kind + ": "
                                + String.join(", ", schema.names().stream().filter(f -> f.endsWith("_on")).toList()));
                        return;
                    }
                    try {
                        formatter(value);
                        b.formats.put(field, value);
                    } catch (IllegalArgumentException e) {
                        error(n, value + " is not a date pattern: " + e.getMessage());
                    }
                }
                default -> b.defaults.put(field, value);
            }
        }

        private void error(int line, String reason) {
            errors.add(name + " line " + line + ": " + reason);
        }
    }

    private static final class Builder {
        String file;
        String sheet;
        final Map<String, String> columns = new LinkedHashMap<>();
        /** Normalised header → field, to refuse one header for two fields. */
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, Map<String, String>> values = new LinkedHashMap<>();
        final Map<String, String> formats = new LinkedHashMap<>();
        final Map<String, String> defaults = new LinkedHashMap<>();

        Section build() {
            Map<String, Map<String, String>> v = new LinkedHashMap<>();
            values.forEach((f, m) -> v.put(f, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
            return new Section(Optional.ofNullable(file), Optional.ofNullable(sheet), unmodifiable(columns),
                    java.util.Collections.unmodifiableMap(v), unmodifiable(formats), unmodifiable(defaults));
        }

        private static Map<String, String> unmodifiable(Map<String, String> m) {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
        }
    }
}
