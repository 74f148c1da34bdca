package org.communitysafety.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one kind of file: their names (lower case, as written in headers), whether
 * each is required, and the other names a header may give them — the Chinese column names of
 * common exports, read once from {@code headers.properties} beside this class
 * ({@code incidents.unit = 所属单位 | 管辖单位 | …}). Immutable; package-private: the schemas
 * are documented in {@link DatasetReader}.
 */
final class Schema {
    static final Schema JURISDICTIONS = new Schema("jurisdictions",
            req("code"), req("name"), req("level"), opt("parent_code"), opt("population"), opt("households"),
            opt("area_km2"), opt("kind"));
    static final Schema INCIDENTS = new Schema("incidents",
            req("id"), req("unit"), req("category"), req("occurred_on"), opt("reported_on"), opt("cleared_on"),
            opt("criminal"), opt("repeat_call"), opt("loss"), opt("recovered"), opt("source"), opt("grid"),
            opt("latitude"), opt("longitude"), opt("crs"), opt("address"));
    static final Schema DISPUTES = new Schema("disputes",
            req("id"), req("unit"), req("type"), req("received_on"), req("status"), opt("closed_on"), opt("amount"),
            opt("source"), opt("mediator"));
    static final Schema OUTREACH = new Schema("outreach",
            req("id"), req("unit"), req("type"), req("held_on"), opt("staff"), opt("volunteers"), opt("audience"),
            opt("households"), opt("hazards_found"), opt("hazards_fixed"), opt("leads"), opt("frauds_stopped"),
            opt("loss_avoided"));
    static final Schema TAXONOMY = new Schema("taxonomy",
            req("code"), req("label_zh"), req("label_en"), req("criminal"), opt("groups"),
            opt("synonyms"));
    static final Schema POPULATIONS = new Schema("populations",
            req("unit"), req("year"), req("population"), opt("households"));
    /** Every schema, in the order {@link DatasetReader} reads the files. */
    static final List<Schema> ALL = List.of(TAXONOMY, JURISDICTIONS, POPULATIONS, INCIDENTS, DISPUTES, OUTREACH);

    static {
        for (String key : HeaderAliases.keys()) {
            int dot = key.indexOf('.');
            if (find(key.substring(0, Math.max(dot, 0))).map(s -> !s.index.containsKey(key.substring(dot + 1)))
                    .orElse(true)) {
                throw new IllegalStateException(HeaderAliases.FILE + ": " + key + " names no column of a file");
            }
        }
    }

    record Column(String name, boolean required) {}

    /** The file's base name, e.g. {@code incidents}; the file is {@code incidents.csv} or {@code .jsonl}. */
    final String base;
    /** The CSV file's name, e.g. {@code incidents.csv}. */
    final String file;
    final List<Column> columns;
    /** Every name a header may give each column, normalised: its own and its aliases. */
    private final Map<String, Integer> index = new HashMap<>();
    /** The names each column may be headed with, its own first, as written. */
    private final List<List<String>> headings = new ArrayList<>();
    /** The other names of the columns, each to the column it names; see {@link #aliases()}. */
    private final Map<String, String> aliases;

    private Schema(String base, Column... columns) {
        this.base = base;
        this.file = base + ".csv";
        this.columns = List.of(columns);
        for (int i = 0; i < columns.length; i++) {
            List<String> names = new ArrayList<>();
            names.add(columns[i].name());
            names.addAll(HeaderAliases.of(base, columns[i].name()));
            for (String n : names) {
                Integer other = index.putIfAbsent(normalise(n), i);
                if (other != null && other != i) {
                    throw new IllegalStateException(HeaderAliases.FILE + ": " + n + " names both "
                            + columns[other].name() + " and " + columns[i].name() + " of " + base);
                }
            }
            headings.add(List.copyOf(names));
        }
        Map<String, String> other = new HashMap<>();
        for (int c = 0; c < columns.length; c++) {
            for (String alias : headings.get(c).subList(1, headings.get(c).size())) {
                other.put(alias, columns[c].name());
            }
        }
        this.aliases = Map.copyOf(other);
    }

    private static Column req(String name) {
        return new Column(name, true);
    }

    private static Column opt(String name) {
        return new Column(name, false);
    }

    /** The schema of the files named {@code base}, e.g. {@code incidents}, if there is one. */
    static java.util.Optional<Schema> find(String base) {
        return ALL.stream().filter(s -> s.base.equals(base)).findFirst();
    }

    /** The base names of every schema, e.g. {@code jurisdictions, incidents}. */
    static List<String> bases() {
        return ALL.stream().map(s -> s.base).toList();
    }

    /** The position of a column in this schema. */
    int column(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column " + name + " in " + file);
        }
        return i;
    }

    /** The column a header cell names, by its name or a built-in alias, or -1 when none. */
    int columnOf(String header) {
        Integer c = index.get(normalise(header));
        return c == null ? -1 : c;
    }

    /** The column names, in schema order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    /**
     * Normalises a header cell: trimmed, lower case, a byte-order mark removed, full-width
     * parentheses made ASCII ({@code 所属村（社区）} is {@code 所属村(社区)}).
     */
    static String normalise(String header) {
        String h = RowSource.normaliseName(header);
        return h.startsWith("\uFEFF") ? h.substring(1).strip() : h;
    }

    /** The other names of the columns, each to the column it names: {@code 所属单位 → unit}. */
    Map<String, String> aliases() {
        return aliases;
    }

    /** The names column {@code c} may be headed with, its own first: {@code unit, 所属单位, …}. */
    List<String> headings(int c) {
        return headings.get(c);
    }

    /**
     * Maps a header row onto this schema: {@code positions[c]} is the field position of schema
     * column {@code c}, or -1 when the header lacks it. A column may be headed by its name or an
     * alias. Unknown columns are reported to {@code problems} as warnings; a column named twice,
     * the same way or two ways ({@code unit} and {@code 所属单位}), and a missing required
     * column as errors. The message for a missing column lists its accepted names when the
     * header is not all in ASCII (an export headed in Chinese, say). Header problems are reported
     * against {@code line}, the header's line (row 3 of a sheet with a title row above it).
     */
    int[] map(List<String> header, List<Problem> problems, String file, long line) {
        int[] positions = new int[columns.size()];
        java.util.Arrays.fill(positions, -1);
        for (int f = 0; f < header.size(); f++) {
            String name = normalise(header.get(f));
            Integer c = index.get(name);
            if (c == null) {
                if (name.isEmpty()) {
                    problems.add(Problem.warning(file, line, "column " + (f + 1) + " has no name; it is ignored"));
                } else {
                    problems.add(Problem.warning(file, line, header.get(f).strip(), header.get(f),
                            "unknown column, ignored; the columns of " + file + " are " + String.join(", ", names())
                                    + org.communitysafety.core.lang.Suggest.didYouMean(name, names())));
                }
            } else if (positions[c] >= 0) {
                String first = header.get(positions[c]).strip();
                problems.add(normalise(first).equals(name)
                        ? Problem.error(file, line, name, header.get(f), "column " + name + " appears twice (fields "
                                + (positions[c] + 1) + " and " + (f + 1) + ")")
                        : Problem.error(file, line, columns.get(c).name(), header.get(f), "the columns " + first
                                + " (field " + (positions[c] + 1) + ") and " + header.get(f).strip() + " (field "
                                + (f + 1) + ") both name the column " + columns.get(c).name() + "; keep one"));
            } else {
                positions[c] = f;
            }
        }
        boolean ascii = header.stream().allMatch(h -> h.chars().allMatch(ch -> ch < 0x80));
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).required() && positions[c] < 0) {
                String accepted = ascii || headings(c).size() == 1 ? ""
                        : "; it may be headed " + String.join(", ", headings(c));
                problems.add(Problem.error(file, line, columns.get(c).name(), "",
                        "the required column " + columns.get(c).name() + " is missing" + accepted));
            }
        }
        return positions;
    }
}
