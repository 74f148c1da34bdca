package org.communitysafety.core.jurisdiction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tree's checks and numbering as they were before they moved to arrays (commit 5b12ca5):
 * maps of codes to boxed positions and a stack of frames. The oracle of
 * {@link JurisdictionTreeDifferentialTest}; not used by the library.
 */
final class LegacyTree {
    private static final int NONE = -1;
    private static final int CYCLE_CODES = JurisdictionTree.CYCLE_CODES;

    private LegacyTree() {}

    /** The units in dense-index order, with each one's parent index and the start of its subtree. */
    record Ordered(List<Jurisdiction> units, int[] parent, int[] subtreeStart) {}

    static List<TreeIssue> check(List<Jurisdiction> units) {
        Objects.requireNonNull(units, "units");
        List<TreeIssue> issues = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Jurisdiction u = Objects.requireNonNull(units.get(i), "units contains null");
            Integer seen = first.putIfAbsent(u.code(), i);
            if (seen != null) {
                issues.add(new TreeIssue(i, u.code(), "code", "duplicate code " + u.code()));
            }
        }
        // cycles: follow parent links; a walk that returns to a unit on the current path is a cycle
        int[] state = new int[units.size()]; // 0 unvisited, 1 on path, 2 done
        Set<Integer> onCycle = new java.util.HashSet<>();
        for (int start = 0; start < units.size(); start++) {
            if (state[start] != 0 || first.get(units.get(start).code()) != start) {
                continue;
            }
            List<Integer> path = new ArrayList<>();
            int cur = start;
            while (cur >= 0 && state[cur] == 0) {
                state[cur] = 1;
                path.add(cur);
                Jurisdiction u = units.get(cur);
                cur = u.parentCode().map(first::get).map(Integer::intValue).orElse(NONE);
            }
            if (cur >= 0 && state[cur] == 1) {
                List<Integer> cycle = new ArrayList<>(path.subList(path.indexOf(cur), path.size()));
                onCycle.addAll(cycle);
                // reported once, at the member first in the list, with at most CYCLE_CODES codes
                int firstMember = cycle.indexOf(java.util.Collections.min(cycle));
                java.util.Collections.rotate(cycle, -firstMember);
                int head = cycle.get(0);
                issues.add(new TreeIssue(head, units.get(head).code(), "parent_code",
                        "units " + chain(units, cycle) + " form a cycle", cycle.subList(1, cycle.size())));
            }
            for (int k : path) {
                state[k] = 2;
            }
        }
        // levels, except on a cycle, where some level must fail and the cycle says more
        for (int i = 0; i < units.size(); i++) {
            Jurisdiction u = units.get(i);
            if (first.get(u.code()) != i || u.parentCode().isEmpty() || onCycle.contains(i)) {
                continue;
            }
            String p = u.parentCode().get();
            Integer pi = first.get(p);
            if (pi == null) {
                issues.add(new TreeIssue(i, u.code(), "parent_code", "parent " + p + " does not exist"));
            } else if (!u.level().isBelow(units.get(pi).level())) {
                issues.add(new TreeIssue(i, u.code(), "level", String.format(
                        "level %s is not below its parent %s's level %s", u.level().code(), p,
                        units.get(pi).level().code())));
            }
        }
        issues.sort(Comparator.comparingInt(TreeIssue::position));
        return List.copyOf(issues);
    }

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

    static Set<String> affectedCodes(List<Jurisdiction> units, List<TreeIssue> issues) {
        Set<String> bad = new LinkedHashSet<>();
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

    static Ordered build(List<Jurisdiction> list) {
        Map<String, List<Jurisdiction>> byParent = new HashMap<>();
        List<Jurisdiction> rootUnits = new ArrayList<>();
        for (Jurisdiction u : list) {
            if (u.parentCode().isPresent()) {
                byParent.computeIfAbsent(u.parentCode().get(), k -> new ArrayList<>()).add(u);
            } else {
                rootUnits.add(u);
            }
        }
        Comparator<Jurisdiction> byCode = Comparator.comparing(Jurisdiction::code);
        rootUnits.sort(byCode);
        byParent.values().forEach(l -> l.sort(byCode));

        int n = list.size();
        List<Jurisdiction> ordered = new ArrayList<>(n);
        Map<String, Integer> index = new HashMap<>(n * 2);
        int[] subtreeStart = new int[n];
        // iterative post-order: (unit, next child position); a unit is numbered after its children
        record Frame(Jurisdiction unit, List<Jurisdiction> kids, int start) {}
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        Map<Jurisdiction, Integer> nextChild = new HashMap<>();
        for (Jurisdiction root : rootUnits) {
            stack.push(new Frame(root, byParent.getOrDefault(root.code(), List.of()), ordered.size()));
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                int k = nextChild.getOrDefault(top.unit(), 0);
                if (k < top.kids().size()) {
                    nextChild.put(top.unit(), k + 1);
                    Jurisdiction child = top.kids().get(k);
                    stack.push(new Frame(child, byParent.getOrDefault(child.code(), List.of()), ordered.size()));
                } else {
                    stack.pop();
                    int i = ordered.size();
                    ordered.add(top.unit());
                    index.put(top.unit().code(), i);
                    subtreeStart[i] = top.start();
                }
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = ordered.get(i).parentCode().map(index::get).map(Integer::intValue).orElse(NONE);
        }
        return new Ordered(ordered, parent, subtreeStart);
    }
}
