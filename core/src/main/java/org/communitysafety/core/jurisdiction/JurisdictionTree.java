package org.communitysafety.core.jurisdiction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.lang.Suggest;

/**
 * The tree (or forest) of jurisdiction units, checked once and laid out for fast queries by
 * dense index.
 *
 * <h2>Dense indices</h2>
 * Every unit has an index in {@code 0 .. size()-1}, assigned in <em>post-order</em>: siblings
 * in order of code, and every unit after all of its descendants. Two consequences the
 * aggregation core relies on:
 * <ul>
 *   <li>children come before parents, so one forward pass
 *       {@code for (i = 0; i < n; i++) if (parent(i) >= 0) total[parent(i)] += total[i]}
 *       rolls every figure up the whole tree;</li>
 *   <li>the subtree of unit {@code i} is the contiguous range
 *       {@code subtreeStart(i) .. i}, so "is {@code d} a descendant of {@code a}" is two
 *       comparisons and a unit's descendants are an {@link IntStream#rangeClosed range}.</li>
 * </ul>
 *
 * <h2>Checks</h2>
 * {@link #of(Collection)} rejects the list, naming every problem at once, unless: codes are
 * unique; every parent exists; there is no cycle; and every child's level is strictly below
 * its parent's. {@link #check(List)} returns those problems instead of throwing, so a reader
 * can report them against file lines.
 *
 * <h2>Population</h2>
 * {@link #population(int)} is the unit's own figure when given, otherwise the sum of its
 * children's, and unknown when neither is available (a unit without children and without a
 * figure, or a unit with a child of unknown population). Year-specific figures are in
 * {@link Populations}.
 *
 * <p>Immutable and thread-safe.
 */
public final class JurisdictionTree {
    private static final int NONE = -1;

    /** The children of every leaf: a million villages need no million empty arrays. */
    private static final int[] NO_CHILDREN = new int[0];

    private final Jurisdiction[] units;
    /** Dense index by code. */
    private final CodeIndex indexByCode;
    /** The codes in dense-index order, a view for "did you mean" suggestions. */
    private final List<String> codes;
    private final int[] parent;
    private final int[] subtreeStart;
    private final int[] depth;
    private final int[][] children;
    private final long[] population;
    private final long[] households;
    private final int[] leaves;
    private final int[] roots;
    /** The dense indices of the units of each name, built on the first {@link #named} look-up. */
    private volatile Names indicesByName;

    private JurisdictionTree(Jurisdiction[] ordered, CodeIndex indexByCode, int[] parent, int[] subtreeStart) {
        int n = ordered.length;
        this.units = ordered;
        this.indexByCode = indexByCode;
        this.codes = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return units[index].code();
            }

            @Override
            public int size() {
                return units.length;
            }
        };
        this.parent = parent;
        this.subtreeStart = subtreeStart;
        this.depth = new int[n];
        int[] childCount = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] != NONE) {
                childCount[parent[i]]++;
            }
        }
        this.children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = childCount[i] == 0 ? NO_CHILDREN : new int[childCount[i]];   // leaves share one
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            if (parent[i] != NONE) {
                children[parent[i]][filled[parent[i]]++] = i;
            }
        }
        // depth: parents have larger indices, so walk downwards from the end
        for (int i = n - 1; i >= 0; i--) {
            depth[i] = parent[i] == NONE ? 0 : depth[parent[i]] + 1;
        }
        this.population = sumUp(u -> u.population(), ordered);
        this.households = sumUp(u -> u.households(), ordered);
        this.leaves = IntStream.range(0, n).filter(i -> children[i].length == 0).toArray();
        this.roots = IntStream.range(0, n).filter(i -> parent[i] == NONE).toArray();
    }

    private long[] sumUp(java.util.function.Function<Jurisdiction, OptionalLong> figure, Jurisdiction[] ordered) {
        int n = ordered.length;
        long[] given = new long[n];
        for (int i = 0; i < n; i++) {
            given[i] = figure.apply(ordered[i]).orElse(NONE);
        }
        return resolve(given);
    }

    /**
     * Resolves figures bottom-up: a unit keeps its given figure ({@code >= 0}); a unit without
     * one ({@code -1}) takes the sum of its children's when it has children and all are known;
     * otherwise it stays {@code -1}. Returns a new array.
     */
    long[] resolve(long[] given) {
        int n = units.length;
        long[] resolved = given.clone();
        long[] sum = new long[n];
        boolean[] unknownChild = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (resolved[i] == NONE && children[i].length > 0 && !unknownChild[i]) {
                resolved[i] = sum[i];
            }
            int p = parent[i];
            if (p != NONE) {
                if (resolved[i] == NONE) {
                    unknownChild[p] = true;
                } else {
                    sum[p] = Math.addExact(sum[p], resolved[i]);
                }
            }
        }
        return resolved;
    }

    /**
     * Builds the tree from units in any order.
     *
     * @throws IllegalArgumentException listing every problem {@link #check(List)} finds
     */
    public static JurisdictionTree of(Collection<Jurisdiction> units) {
        Objects.requireNonNull(units, "units");
        List<Jurisdiction> list = List.copyOf(units);
        List<TreeIssue> issues = check(list);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("the jurisdictions do not form a tree: " + issues.stream()
                    .map(TreeIssue::toString).collect(Collectors.joining("; ")));
        }
        return build(list);
    }

    /** Builds the tree from the given units; see {@link #of(Collection)}. */
    public static JurisdictionTree of(Jurisdiction... units) {
        return of(Arrays.asList(units));
    }

    /**
     * Every reason why {@code units} do not form a tree, in list order, without throwing:
     * a duplicate code (the later occurrence), a missing parent, a cycle (one issue, at its unit first in
     * the list, naming at most {@value #CYCLE_CODES} of its codes, the rest of its units in
     * {@link TreeIssue#others()}), and a level that is not below the parent's. An empty list
     * means {@link #of} will succeed. Units that merely descend from a unit with an issue are not reported here.
     */
    public static List<TreeIssue> check(List<Jurisdiction> units) {
        Objects.requireNonNull(units, "units");
        int n = units.size();
        Jurisdiction[] us = new Jurisdiction[n];
        List<TreeIssue> issues = new ArrayList<>();
        // codes to their first position; arrays rather than maps of boxed positions: a tree of a
        // million units is checked without an object per unit
        CodeIndex first = new CodeIndex(n);
        boolean[] duplicate = new boolean[n];
        for (int i = 0; i < n; i++) {
            Jurisdiction u = Objects.requireNonNull(units.get(i), "units contains null");
            us[i] = u;
            if (first.putIfAbsent(u.code(), i) >= 0) {
                duplicate[i] = true;
                issues.add(new TreeIssue(i, u.code(), "code", "duplicate code " + u.code()));
            }
        }
        int[] parentAt = new int[n];   // the first unit with the parent's code, or NONE
        for (int i = 0; i < n; i++) {
            Optional<String> p = us[i].parentCode();
            parentAt[i] = p.isPresent() ? first.get(p.get()) : NONE;
        }
        // cycles: follow parent links; a walk that returns to a unit on the current path is a cycle
        int[] state = new int[n]; // 0 unvisited, 1 on path, 2 done
        boolean[] onCycle = new boolean[n];
        int[] path = new int[n];
        for (int start = 0; start < n; start++) {
            if (state[start] != 0 || duplicate[start]) {
                continue;
            }
            int length = 0;
            int cur = start;
            while (cur >= 0 && state[cur] == 0) {
                state[cur] = 1;
                path[length++] = cur;
                cur = parentAt[cur];
            }
            if (cur >= 0 && state[cur] == 1) {
                int from = 0;
                while (path[from] != cur) {
                    from++;
                }
                List<Integer> cycle = new ArrayList<>(length - from);
                for (int k = from; k < length; k++) {
                    cycle.add(path[k]);
                    onCycle[path[k]] = true;
                }
                // reported once, at the member first in the list, with at most CYCLE_CODES codes
                int firstMember = cycle.indexOf(java.util.Collections.min(cycle));
                java.util.Collections.rotate(cycle, -firstMember);
                int head = cycle.get(0);
                issues.add(new TreeIssue(head, us[head].code(), "parent_code",
                        "units " + chain(units, cycle) + " form a cycle", cycle.subList(1, cycle.size())));
            }
            for (int k = 0; k < length; k++) {
                state[path[k]] = 2;
            }
        }
        // levels, except on a cycle, where some level must fail and the cycle says more
        for (int i = 0; i < n; i++) {
            Jurisdiction u = us[i];
            if (duplicate[i] || u.parentCode().isEmpty() || onCycle[i]) {
                continue;
            }
            String p = u.parentCode().get();
            int pi = parentAt[i];
            if (pi < 0) {
                issues.add(new TreeIssue(i, u.code(), "parent_code", "parent " + p + " does not exist"));
            } else if (!u.level().isBelow(us[pi].level())) {
                issues.add(new TreeIssue(i, u.code(), "level", String.format(
                        "level %s is not below its parent %s's level %s", u.level().code(), p,
                        us[pi].level().code())));
            }
        }
        issues.sort(Comparator.comparingInt(TreeIssue::position));
        return List.copyOf(issues);
    }

    /** How many codes the reason for a cycle names. */
    public static final int CYCLE_CODES = 20;

    /** {@code A → B → A}, or for a long cycle its first {@value #CYCLE_CODES} codes and a count. */
    private static String chain(List<Jurisdiction> units, List<Integer> cycle) {
        StringBuilder b = new StringBuilder();
        int named = Math.min(cycle.size(), CYCLE_CODES);
        for (int i = 0; i < named; i++) {
            b.append(units.get(cycle.get(i)).code()).append(" → ");
        }
        if (named < cycle.size()) {
            return b.append(String.format(java.util.Locale.ROOT, "… and %,d more (%,d units)",
                    cycle.size() - named, cycle.size())).toString();
        }
        return b.append(units.get(cycle.get(0)).code()).toString();
    }

    /**
     * The codes of every unit that is at fault in {@code issues} (every unit of a cycle) or
     * descends from one, for a lenient reader that drops them and keeps the rest. Linear in the
     * number of units.
     */
    public static Set<String> affectedCodes(List<Jurisdiction> units, List<TreeIssue> issues) {
        Set<String> bad = new LinkedHashSet<>();
        if (issues.stream().allMatch(issue -> issue.column().equals("code"))) {
            return bad;   // only duplicates, whose first occurrences stay: no map of children to build
        }
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        for (TreeIssue issue : issues) {
            if (!issue.column().equals("code")) { // a duplicate's first occurrence stays
                bad.add(issue.code());
                todo.add(issue.code());
                for (int k : issue.others()) {
                    String code = units.get(k).code();
                    if (bad.add(code)) {
                        todo.add(code);
                    }
                }
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        for (Jurisdiction u : units) {
            u.parentCode().ifPresent(p -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(u.code()));
        }
        while (!todo.isEmpty()) {
            for (String child : children.getOrDefault(todo.poll(), List.of())) {
                if (bad.add(child)) {
                    todo.add(child);
                }
            }
        }
        return bad;
    }

    /**
     * Numbers the units of a checked list in post-order, siblings in order of code. With arrays
     * only: the children of each unit as ranges of one array (filled in order of code), and an
     * explicit stack of positions.
     */
    private static JurisdictionTree build(List<Jurisdiction> list) {
        int n = list.size();
        Jurisdiction[] in = list.toArray(new Jurisdiction[0]);
        CodeIndex position = new CodeIndex(n);
        for (int i = 0; i < n; i++) {
            position.putIfAbsent(in[i].code(), i);
        }
        int[] parentAt = new int[n];
        int[] childCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Optional<String> p = in[i].parentCode();
            parentAt[i] = p.isPresent() ? position.get(p.get()) : NONE;
            if (parentAt[i] != NONE) {
                childCount[parentAt[i]]++;
            }
        }
        // the children of position q are kids[firstKid[q] .. firstKid[q + 1]), in order of code
        int[] firstKid = new int[n + 1];
        for (int q = 0; q < n; q++) {
            firstKid[q + 1] = firstKid[q] + childCount[q];
        }
        int[] filled = Arrays.copyOf(firstKid, n);
        int[] kids = new int[n];
        int[] rootPositions = new int[n];
        int rootCount = 0;
        Jurisdiction[] byCode = in.clone();
        Arrays.sort(byCode, Comparator.comparing(Jurisdiction::code));
        for (Jurisdiction u : byCode) {
            int q = position.get(u.code());
            if (parentAt[q] == NONE) {
                rootPositions[rootCount++] = q;
            } else {
                kids[filled[parentAt[q]]++] = q;
            }
        }
        byCode = null;
        Jurisdiction[] ordered = new Jurisdiction[n];
        int[] indexAt = new int[n];   // the dense index of each position
        int[] subtreeStart = new int[n];
        // iterative post-order: a unit is numbered after its children
        int[] stack = new int[n];
        int[] stackStart = new int[n];   // the first index of the subtree of each unit on the stack
        int[] nextKid = new int[n];
        int count = 0;
        for (int r = 0; r < rootCount; r++) {
            int sp = 0;
            stack[sp] = rootPositions[r];
            stackStart[sp++] = count;
            while (sp > 0) {
                int top = stack[sp - 1];
                int k = firstKid[top] + nextKid[top];
                if (k < firstKid[top + 1]) {
                    nextKid[top]++;
                    stack[sp] = kids[k];
                    stackStart[sp++] = count;
                } else {
                    sp--;
                    int i = count++;
                    ordered[i] = in[top];
                    indexAt[top] = i;
                    subtreeStart[i] = stackStart[sp];
                }
            }
        }
        int[] parent = new int[n];
        CodeIndex index = new CodeIndex(n);
        for (int q = 0; q < n; q++) {
            int i = indexAt[q];
            parent[i] = parentAt[q] == NONE ? NONE : indexAt[parentAt[q]];
            index.putIfAbsent(in[q].code(), i);
        }
        return new JurisdictionTree(ordered, index, parent, subtreeStart);
    }

    /** The number of units. */
    public int size() {
        return units.length;
    }

    /** The unit at dense index {@code index}. */
    public Jurisdiction unit(int index) {
        return units[checkIndex(index)];
    }

    /** The unit with this code. @throws IllegalArgumentException naming the nearest known code */
    public Jurisdiction unit(String code) {
        return units[indexOf(code)];
    }

    /** The units in dense-index order (post-order: children before parents). */
    public List<Jurisdiction> units() {
        return List.of(units);
    }

    /**
     * The dense index of the unit with this code.
     *
     * @throws IllegalArgumentException if there is none, suggesting the nearest known code
     */
    public int indexOf(String code) {
        Objects.requireNonNull(code, "code");
        int i = indexByCode.get(code);
        if (i < 0) {
            throw new IllegalArgumentException("unknown unit " + code + Suggest.nearest(code, codes)
                    .map(s -> "; did you mean " + s + "?").orElse(""));
        }
        return i;
    }

    /** The dense index of the unit with this code, if there is one. */
    public OptionalInt find(String code) {
        Objects.requireNonNull(code, "code");
        int i = indexByCode.get(code);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * The dense indices of the units with this name, in index order: one for a unique name,
     * several for a shared one (村 and 社区 names repeat across towns), none for an unknown one.
     * The index of names is built once, on the first call.
     */
    public int[] named(String name) {
        Objects.requireNonNull(name, "name");
        Names names = namesIndex();
        int count = 0;
        for (int i = names.first.get(name); i >= 0; i = names.next[i]) {
            count++;
        }
        int[] found = new int[count];
        for (int i = names.first.get(name), k = 0; i >= 0; i = names.next[i]) {
            found[k++] = i;
        }
        return found;
    }

    /**
     * The dense index of the one unit with this name, if exactly one has it: the look-up of a
     * reader that takes a name where a code was expected, once a row, without a copy.
     */
    public OptionalInt findByName(String name) {
        Objects.requireNonNull(name, "name");
        Names names = namesIndex();
        int first = names.first.get(name);
        return first >= 0 && names.next[first] < 0 ? OptionalInt.of(first) : OptionalInt.empty();
    }

    /**
     * The units of each name: the first by index, and from each unit the next with its name
     * ({@code -1}: none), in index order. Two arrays and a table rather than a map of lists: a
     * million villages are named in 16 MB, with no object a unit.
     */
    private record Names(CodeIndex first, int[] next) {}

    private Names namesIndex() {
        Names m = indicesByName;
        if (m == null) {
            CodeIndex first = new CodeIndex(units.length);
            int[] next = new int[units.length];
            for (int i = units.length - 1; i >= 0; i--) {   // from the end, so that each chain runs in index order
                next[i] = first.put(units[i].name(), i);
            }
            indicesByName = m = new Names(first, next);
        }
        return m;
    }

    /** Whether a unit has this code. */
    public boolean contains(String code) {
        return indexByCode.get(Objects.requireNonNull(code, "code")) >= 0;
    }

    /** The nearest known code to {@code code} by edit distance, for "did you mean" messages. */
    public java.util.Optional<String> suggest(String code) {
        return Suggest.nearest(code, codes);
    }

    /** The parent's dense index, or {@code -1} for a root. */
    public int parent(int index) {
        return parent[checkIndex(index)];
    }

    /** A copy of the parent index of every unit ({@code -1} for roots), for tight loops. */
    public int[] parents() {
        return parent.clone();
    }

    /** The dense indices of the unit's children, in order of code. */
    public int[] children(int index) {
        return children[checkIndex(index)].clone();
    }

    /** The number of children of the unit. */
    public int childCount(int index) {
        return children[checkIndex(index)].length;
    }

    /** The depth in the tree: 0 for a root. (The {@link Level} is the unit's declared level.) */
    public int depth(int index) {
        return depth[checkIndex(index)];
    }

    /** The lowest index in the unit's subtree: its descendants are {@code subtreeStart(i) .. i-1}. */
    public int subtreeStart(int index) {
        return subtreeStart[checkIndex(index)];
    }

    /** Whether {@code descendant} is in the subtree of {@code ancestor} (a unit is in its own subtree). */
    public boolean isInSubtree(int descendant, int ancestor) {
        checkIndex(descendant);
        return descendant <= ancestor && descendant >= subtreeStart[checkIndex(ancestor)];
    }

    /** The unit and its descendants, in dense-index order (the unit last). */
    public IntStream subtree(int index) {
        return IntStream.rangeClosed(subtreeStart(index), index);
    }

    /** The unit's ancestors from its parent up to its root. */
    public int[] ancestors(int index) {
        checkIndex(index);
        int[] out = new int[depth[index]];
        for (int k = 0, p = parent[index]; p != NONE; p = parent[p]) {
            out[k++] = p;
        }
        return out;
    }

    /** Whether the unit has no children. */
    public boolean isLeaf(int index) {
        return children[checkIndex(index)].length == 0;
    }

    /** The units without children, in dense-index order. */
    public int[] leaves() {
        return leaves.clone();
    }

    /** The leaves in the subtree of {@code index} (the unit itself if it is a leaf). */
    public int[] leavesUnder(int index) {
        int from = subtreeStart(index);
        int lo = Arrays.binarySearch(leaves, from);
        if (lo < 0) {
            lo = -lo - 1;
        }
        int hi = Arrays.binarySearch(leaves, index);
        hi = hi < 0 ? -hi - 1 : hi + 1;
        return Arrays.copyOfRange(leaves, lo, hi);
    }

    /** The root units, in dense-index order. */
    public int[] roots() {
        return roots.clone();
    }

    /** The units at {@code level}, in dense-index order. */
    public int[] atLevel(Level level) {
        Objects.requireNonNull(level, "level");
        return IntStream.range(0, units.length).filter(i -> units[i].level() == level).toArray();
    }

    /**
     * The unit's population: its own figure when given, otherwise the sum of its children's;
     * empty when neither is known.
     */
    public OptionalLong population(int index) {
        long p = population[checkIndex(index)];
        return p == NONE ? OptionalLong.empty() : OptionalLong.of(p);
    }

    /** The unit's households, resolved like {@link #population(int)}. */
    public OptionalLong households(int index) {
        long h = households[checkIndex(index)];
        return h == NONE ? OptionalLong.empty() : OptionalLong.of(h);
    }

    /** The number of units at each level. */
    public Map<Level, Integer> countByLevel() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Jurisdiction u : units) {
            counts.merge(u.level(), 1, Integer::sum);
        }
        return counts;
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= units.length) {
            throw new IndexOutOfBoundsException("unit index " + index + " is outside 0.." + (units.length - 1));
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JurisdictionTree t && Arrays.equals(units, t.units);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(units);
    }

    /** A bounded summary, e.g. {@code JurisdictionTree[512 units: 1 city, 6 district, 50 town, 455 village]}. */
    @Override
    public String toString() {
        Set<String> parts = new LinkedHashSet<>();
        countByLevel().forEach((level, count) -> parts.add(count + " " + level.code()));
        return "JurisdictionTree[" + units.length + " units" + (parts.isEmpty() ? "" : ": " + String.join(", ", parts))
                + "]";
    }

}
