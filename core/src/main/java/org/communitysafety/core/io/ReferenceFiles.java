package org.communitysafety.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.jurisdiction.Populations;
import org.communitysafety.core.jurisdiction.TreeIssue;
import org.communitysafety.core.lang.Resources;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The reference files of a data directory, read before the records that point into them:
 * {@code taxonomy.csv} (the categories incidents name), {@code jurisdictions.csv} (the tree
 * of units every record belongs to) and {@code populations.csv} (figures by unit and year), with the rules that need a whole file — duplicate codes,
 * parents that do not exist or form a cycle, a parent whose population is below its children's.
 * Stateless; package-private.
 */
final class ReferenceFiles {
    static final String JURISDICTIONS = "jurisdictions.csv";

    private ReferenceFiles() {}

    // ---- taxonomy.csv ----------------------------------------------------------------

    /**
     * Reads {@code taxonomy.csv}: its categories and their synonyms, or the default taxonomy when
     * the file is absent or defines none. A label or synonym that names a category defined on an
     * earlier line rejects its row, naming both.
     */
    static Taxonomy readTaxonomy(RowFiles books) {
        Schema s = Schema.TAXONOMY;
        int code = s.column("code"), zh = s.column("label_zh"), en = s.column("label_en");
        int criminal = s.column("criminal"), groups = s.column("groups"), synonyms = s.column("synonyms");
        List<Category> categories = new ArrayList<>();
        Map<String, List<String>> synonymsByCode = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        // every code, label and synonym accepted so far, to the code it names
        Map<String, String> named = new HashMap<>();
        FileSummary summary = books.read(s, false, row -> {
            String c = row.required(code);
            String labelZh = row.required(zh);
            String labelEn = row.required(en);
            Boolean isCriminal = row.boolRequired(criminal);
            Set<String> groupSet = new LinkedHashSet<>(split(row.raw(groups)));
            List<String> synonymList = split(row.raw(synonyms));
            if (c != null) {
                Long first = firstLine.get(c);
                if (first != null) {
                    row.error(code, c, "duplicate category " + c + ", first defined on line " + first);
                } else {
                    checkNamesOne(row, named, firstLine, c, new int[] {code, zh, en},
                            new String[] {c, labelZh, labelEn});
                    checkNamesOne(row, named, firstLine, c, new int[] {synonyms}, synonymList.toArray(String[]::new));
                }
            }
            if (row.hasErrors()) {
                return false;
            }
            try {
                categories.add(new Category(c, labelZh, labelEn, isCriminal, groupSet));
            } catch (IllegalArgumentException e) {
                row.error(e.getMessage().startsWith("group") ? groups : code, row.raw(code), e.getMessage());
                return false;
            }
            firstLine.put(c, row.line());
            named.put(c, c);
            for (String n : List.of(labelZh, labelEn)) {
                named.put(n, c);
            }
            synonymList.forEach(n -> named.put(n, c));
            if (!synonymList.isEmpty()) {
                synonymsByCode.put(c, synonymList);
            }
            return true;
        });
        books.files.add(summary);
        if (summary.present()) {
            if (categories.isEmpty()) {
                books.problems.add(Problem.error(s.file, 0,
                        "the file defines no category; incidents are checked against the default taxonomy"));
            } else {
                return Taxonomy.of(categories, synonymsByCode);
            }
        }
        return Taxonomy.defaultTaxonomy();
    }

    /** The non-blank parts of a {@code |}-separated cell, stripped, without repeats. */
    private static List<String> split(String cell) {
        return Resources.parts(cell).stream().filter(p -> !p.isEmpty()).distinct().toList();
    }

    /**
     * Records an error for each of {@code names} (in {@code columns}, the last column for the rest)
     * that already names another category than {@code code}: a value must resolve to one category.
     */
    private static void checkNamesOne(RowContext row, Map<String, String> named, Map<String, Long> firstLine,
            String code, int[] columns, String[] names) {
        for (int k = 0; k < names.length; k++) {
            String other = names[k] == null ? null : named.get(names[k]);
            if (other != null && !other.equals(code)) {
                row.error(columns[Math.min(k, columns.length - 1)], names[k], names[k] + " already names category "
                        + other + " (line " + firstLine.get(other) + "); a label or synonym must name one category");
            }
        }
    }

    // ---- jurisdictions.csv -----------------------------------------------------------

    /**
     * The rows of {@code jurisdictions.csv} that passed the row rules, kept until the tree checks
     * have run over the whole file: each unit, its line and its fields packed
     * ({@link PackedFields}), for the rows those checks reject. Columns, not an object a row: a
     * million rows are read while the garbage collector copies what is kept.
     */
    private static final class UnitRows {
        final List<Jurisdiction> units = new ArrayList<>();
        private long[] lines = new long[64];
        private byte[][] fields = new byte[64][];

        void add(Jurisdiction unit, long line, List<String> rowFields) {
            int i = units.size();
            if (i == lines.length) {
                int c = i + (i >> 1);
                lines = java.util.Arrays.copyOf(lines, c);
                fields = java.util.Arrays.copyOf(fields, c);
            }
            units.add(unit);
            lines[i] = line;
            fields[i] = PackedFields.pack(rowFields);
        }

        int size() {
            return units.size();
        }

        Jurisdiction unit(int i) {
            return units.get(i);
        }

        long line(int i) {
            return lines[i];
        }

        List<String> fields(int i) {
            return PackedFields.unpack(fields[i]);
        }

        /** Equal names, parent codes and figures of the rows, shared. */
        final SharedValues shared = new SharedValues();
    }

    /** Each kind, made optional once rather than for each of a million rows. */
    private static final Map<AreaKind, Optional<AreaKind>> KINDS = java.util.Arrays.stream(AreaKind.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, Optional::of));

    /** The units read, as a tree, and the name of the file they came from. */
    record Units(JurisdictionTree tree, String file) {}

    /**
     * Reads {@code jurisdictions.csv}: checks every row, then the tree as a whole, rejecting the
     * units at fault and their descendants; adds the codes of rejected units (not of duplicates)
     * to {@code rejectedUnits}, so that records naming them say why they are rejected.
     */
    static Units readJurisdictions(RowFiles books, Set<String> rejectedUnits) {
        Schema s = Schema.JURISDICTIONS;
        int code = s.column("code"), name = s.column("name"), level = s.column("level");
        int parent = s.column("parent_code"), population = s.column("population");
        int households = s.column("households"), area = s.column("area_km2"), kind = s.column("kind");
        UnitRows rows = new UnitRows();
        FileSummary summary = books.read(s, true, row -> {
            String c = row.required(code);
            String n = row.required(name);
            String levelText = row.required(level);
            Level l = null;
            if (levelText != null) {
                try {
                    l = Level.parse(levelText);
                } catch (IllegalArgumentException e) {
                    row.error(level, levelText, e.getMessage());
                }
            }
            Optional<String> p = rows.shared.optionalText(row.optional(parent));
            Long pop = row.countOptional(population);
            Long hh = row.countOptional(households);
            Double km2 = row.decimalOptional(area);
            Optional<AreaKind> k = Optional.empty();
            Optional<String> kindText = row.optional(kind);
            if (kindText.isPresent()) {
                try {
                    k = KINDS.get(AreaKind.parse(kindText.get()));
                } catch (IllegalArgumentException e) {
                    row.error(kind, kindText.get(), e.getMessage());
                }
            } else if (levelText != null) {
                k = Level.impliedKind(levelText);
            }
            if (c != null && p.isPresent() && p.get().equals(c)) {
                row.error(parent, p.get(), "a unit cannot be its own parent");
            }
            if (row.hasErrors()) {
                return false;
            }
            SharedValues shared = rows.shared;   // names and figures repeat: one object for many units
            Jurisdiction j = new Jurisdiction(c, shared.text(n), l, p,
                    pop == null ? OptionalLong.empty() : shared.optionalLong(pop),
                    hh == null ? OptionalLong.empty() : shared.optionalLong(hh),
                    km2 == null ? OptionalDouble.empty() : shared.optionalDouble(km2), k);
            rows.add(j, row.line(), row.fields());
            return true;
        });
        if (!summary.present()) {
            books.files.add(summary);
            return new Units(JurisdictionTree.of(List.of()), JURISDICTIONS); // records then name their units as unknown
        }
        String jurisdictionsFile = summary.file();
        // tree checks need the whole file: reject the units at fault and their descendants
        List<Jurisdiction> units = rows.units;
        List<TreeIssue> issues = JurisdictionTree.check(units);
        Set<String> affected = JurisdictionTree.affectedCodes(units, issues);
        Map<Integer, List<Problem>> byPosition = new HashMap<>();
        Map<Integer, Problem> onCycleReportedElsewhere = new HashMap<>();
        for (TreeIssue issue : issues) {
            Jurisdiction unit = rows.unit(issue.position());
            String value = switch (issue.column()) {
                case "parent_code" -> unit.parentCode().orElse("");
                case "level" -> unit.level().code();
                default -> unit.code();
            };
            String reason = issue.column().equals("code") ? issue.reason() + ", first defined on line "
                    + firstLineOf(rows, issue.code()) : issue.reason();
            Problem problem = Problem.error(jurisdictionsFile, rows.line(issue.position()), issue.column(), value,
                    reason);
            byPosition.computeIfAbsent(issue.position(), x -> new ArrayList<>()).add(problem);
            for (int other : issue.others()) { // the rest of a cycle: rejected for the one problem, booked once
                onCycleReportedElsewhere.put(other, problem);
            }
        }
        List<Jurisdiction> kept = new ArrayList<>(rows.size());
        long dropped = 0;
        for (int i = 0; i < rows.size(); i++) {
            Jurisdiction unit = rows.unit(i);
            List<Problem> rowProblems = issues.isEmpty() ? null : byPosition.get(i);
            boolean duplicate = rowProblems != null && rowProblems.stream()
                    .anyMatch(pr -> pr.column().equals(Optional.of("code")));
            Problem cycle = rowProblems == null && !issues.isEmpty() ? onCycleReportedElsewhere.get(i) : null;
            if (cycle != null) {
                dropped++;
                books.rejected.add(new RejectedRow(jurisdictionsFile, rows.line(i), rows.fields(i), List.of(cycle)));
                rejectedUnits.add(unit.code());
                continue;
            }
            if (rowProblems == null && !affected.isEmpty() && affected.contains(unit.code())) {
                String parentCode = unit.parentCode().orElseThrow();
                rowProblems = List.of(Problem.error(jurisdictionsFile, rows.line(i), "parent_code", parentCode,
                        "its parent " + parentCode + " was rejected"));
            }
            if (rowProblems == null) {
                kept.add(unit);
                continue;
            }
            dropped++;
            books.problems.addAll(rowProblems);
            books.rejected.add(new RejectedRow(jurisdictionsFile, rows.line(i), rows.fields(i), rowProblems));
            if (!duplicate) {
                rejectedUnits.add(unit.code());
            }
        }
        books.files.add(new FileSummary(jurisdictionsFile, true, summary.rowsRead(), summary.accepted() - dropped,
                summary.rejected() + dropped, summary.warnings()));
        JurisdictionTree tree = JurisdictionTree.of(kept);
        warnAboutPopulations(books, tree, jurisdictionsFile, rows);
        return new Units(tree, jurisdictionsFile);
    }

    private static long firstLineOf(UnitRows rows, String code) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.unit(i).code().equals(code)) {
                return rows.line(i);
            }
        }
        return 0L;
    }

    /** A parent whose given population is below the sum of its children's is suspicious. */
    private static void warnAboutPopulations(RowFiles books, JurisdictionTree tree, String jurisdictionsFile,
            UnitRows rows) {
        // the line of each unit of the tree: of the last row with its code, a duplicate's when it has one
        long[] lineOf = new long[tree.size()];
        for (int i = 0; i < rows.size(); i++) {
            java.util.OptionalInt at = tree.find(rows.unit(i).code());
            if (at.isPresent()) {
                lineOf[at.getAsInt()] = rows.line(i);
            }
        }
        for (int i = 0; i < tree.size(); i++) {
            Jurisdiction u = tree.unit(i);
            if (u.population().isEmpty() || tree.isLeaf(i)) {
                continue;
            }
            long sum = 0;
            boolean known = true;
            for (int child : tree.children(i)) {
                OptionalLong p = tree.population(child);
                if (p.isEmpty()) {
                    known = false;
                    break;
                }
                sum += p.getAsLong();
            }
            if (known && sum > u.population().getAsLong()) {
                books.problems.add(Problem.warning(jurisdictionsFile, lineOf[i], "population",
                        Long.toString(u.population().getAsLong()), "population " + u.population().getAsLong()
                                + " is less than the sum of its children's, " + sum));
            }
        }
    }

    /**
     * {@code populations.csv}: a unit's population (and households) for one year, at most one
     * figure per unit and year; units by code or unique name.
     */
    static Populations readPopulations(RowFiles books, JurisdictionTree tree, UnitNames names) {
        Schema s = Schema.POPULATIONS;
        int unit = s.column("unit"), year = s.column("year"), population = s.column("population");
        int households = s.column("households");
        // columns and one table of (unit, year), not a figure object and a map entry a row: a million
        // villages over three years are 3 million rows
        Populations.Builder figures = Populations.builder();
        long[][] lines = {new long[64]};   // the line of each figure added
        books.files.add(books.read(s, false, row -> {
            String u = row.required(unit);
            Long y = row.countRequired(year);
            Long p = row.countRequired(population);
            Long h = row.countOptional(households);
            int index = u == null || names == null ? -1 : names.index(row, unit, u);
            if (y != null && (y < 1000 || y > 9999)) {
                row.error(year, row.raw(year), y + " is not a year; expected four digits");
            }
            if (row.hasErrors() || index < 0) {
                return false;
            }
            int first = figures.add(tree.unit(index).code(), y.intValue(), p, h == null ? -1 : h);
            if (first >= 0) {
                row.error(year, row.raw(year), "unit " + u + " already has a population for " + y
                        + " on line " + lines[0][first]);
                return false;
            }
            int added = figures.size() - 1;
            if (added == lines[0].length) {
                lines[0] = java.util.Arrays.copyOf(lines[0], added + (added >> 1));
            }
            lines[0][added] = row.line();
            return true;
        }));
        return figures.build();
    }
}
