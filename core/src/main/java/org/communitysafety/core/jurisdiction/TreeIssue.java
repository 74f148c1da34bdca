package org.communitysafety.core.jurisdiction;

import java.util.List;
import java.util.Objects;

/**
 * A reason why a unit cannot be placed in a {@link JurisdictionTree}.
 *
 * @param position the unit's position in the list given to {@link JurisdictionTree#check}
 * @param code     the unit's code
 * @param column   the {@code jurisdictions.csv} column at fault: {@code code},
 *                 {@code parent_code} or {@code level}
 * @param reason   what is wrong, e.g. {@code parent 3301 does not exist}
 * @param others   the positions of the other units the issue is about, in the list given to
 *                 {@link JurisdictionTree#check}: the rest of a cycle, which is reported once,
 *                 at its first unit; empty for any other issue
 */
public record TreeIssue(int position, String code, String column, String reason, List<Integer> others) {
    public TreeIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
        others = List.copyOf(others);
    }

    /** An issue about one unit. */
    public TreeIssue(int position, String code, String column, String reason) {
        this(position, code, column, reason, List.of());
    }

    @Override
    public String toString() {
        return "unit " + code + ", " + column + ": " + reason;
    }
}
