package org.communitysafety.indicators;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.lang.Suggest;

/**
 * Units addressed by code or by name: a code matches exactly; otherwise a name matches when one
 * unit has it, and when several do the message lists their codes, so that the caller can pick one.
 */
final class Units {

    private Units() {}

    /**
     * The code of the unit with this code or, failing that, this name.
     *
     * @throws IllegalArgumentException when no unit has it (suggesting the nearest code or name),
     *     or when several units have the name (listing their codes)
     */
    static String code(JurisdictionTree tree, String codeOrName) {
        Objects.requireNonNull(codeOrName, "unit");
        if (tree.contains(codeOrName)) {
            return codeOrName;
        }
        List<Jurisdiction> named = java.util.Arrays.stream(tree.named(codeOrName)).mapToObj(tree::unit).toList();
        if (named.size() == 1) {
            return named.get(0).code();
        }
        if (named.isEmpty()) {
            Set<String> known = new LinkedHashSet<>();
            tree.units().forEach(j -> {
                known.add(j.code());
                known.add(j.name());
            });
            throw new IllegalArgumentException("unknown unit '" + codeOrName + "'"
                    + Suggest.didYouMean(codeOrName, known));
        }
        throw ambiguous(codeOrName, named.stream().map(j -> describe(tree, j)).toList());
    }

    /** {@code 330102 (town in 白兴区)}: a code with what tells it apart. */
    static String describe(JurisdictionTree tree, Jurisdiction j) {
        int parent = tree.parent(tree.indexOf(j.code()));
        return j.code() + " (" + j.level().code() + (parent >= 0 ? " in " + tree.unit(parent).name() : "") + ")";
    }

    /** The error for a name that several units share. */
    static IllegalArgumentException ambiguous(String name, List<String> codes) {
        return new IllegalArgumentException(codes.size() + " units are named '" + name + "': "
                + String.join(", ", codes) + "; give the code of the one you mean");
    }
}
