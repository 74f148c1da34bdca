package org.communitysafety.core.io;

import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitysafety.core.jurisdiction.JurisdictionTree;

/**
 * Finds the unit a record names in its {@code unit} column: by code, one hash look-up, or —
 * only when no unit has that code — by name ({@link JurisdictionTree#named}), when exactly one
 * unit of the tree has it (an export may say 西溪社区 where the interchange format says
 * 330101001). A name that several units share is a problem naming their codes. Immutable and
 * thread-safe. Package-private.
 */
final class UnitNames {
    private final JurisdictionTree tree;
    private final Set<String> rejectedUnits;
    private final String jurisdictionsFile;

    /**
     * @param rejectedUnits     the codes of units rejected from the jurisdictions file, so that
     *                          records naming them say why; read, not copied
     * @param jurisdictionsFile the file the units came from, for messages
     */
    UnitNames(JurisdictionTree tree, Set<String> rejectedUnits, String jurisdictionsFile) {
        this.tree = tree;
        this.rejectedUnits = rejectedUnits;
        this.jurisdictionsFile = jurisdictionsFile;
    }

    /** The dense index of the unit {@code text} names in {@code column} of {@code row}, or -1 with the problem recorded. */
    int index(RowContext row, int column, String text) {
        OptionalInt i = tree.find(text);
        if (i.isPresent()) {
            return i.getAsInt();
        }
        OptionalInt unique = tree.findByName(text);
        if (unique.isPresent()) {
            return unique.getAsInt();
        }
        int[] named = tree.named(text);   // the error path only: shared or unknown
        if (named.length > 1) {
            row.error(column, text, "unit name " + text + " is shared by " + named.length + " units, "
                    + java.util.Arrays.stream(named).mapToObj(n -> tree.unit(n).code()).sorted()
                            .collect(Collectors.joining(", ")) + "; write the code");
        } else if (rejectedUnits.contains(text)) {
            row.error(column, text, "unit " + text + " was rejected in " + jurisdictionsFile);
        } else {
            row.error(column, text, "unknown unit " + text + tree.suggest(text)
                    .map(x -> "; did you mean " + x + "?").orElse(""));
        }
        return -1;
    }
}
