package org.communitysafety.core.jurisdiction;

import java.util.Objects;

/**
 * A reason why a unit cannot be placed in a {@link JurisdictionTree}.
 *
 * @param position the unit's position in the list given to {@link JurisdictionTree#check}
 * @param code     the unit's code
 * @param column   the {@code jurisdictions.csv} column at fault: {@code code},
 *                 {@code parent_code} or {@code level}
 * @param reason   what is wrong, e.g. {@code parent 3301 does not exist}
 */
public record TreeIssue(int position, String code, String column, String reason) {
    public TreeIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "unit " + code + ", " + column + ": " + reason;
    }
}
