package org.communitysafety.core.jurisdiction;

import java.util.Locale;
import java.util.Objects;
import org.communitysafety.core.record.Coded;

/**
 * Whether a unit is urban (城市, e.g. a community 社区) or rural (农村, e.g. a village 村). Codes
 * {@code urban} and {@code rural}; the labels are in this package's {@code labels.properties}.
 */
public enum AreaKind implements Coded {
    URBAN, RURAL;

    /** Reads {@code urban}/{@code rural} (any case), 城市/城镇/城区 or 农村/乡村. */
    public static AreaKind parse(String text) {
        Objects.requireNonNull(text, "text");
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "urban", "城市", "城镇", "城区" -> URBAN;
            case "rural", "农村", "乡村" -> RURAL;
            default -> throw new IllegalArgumentException(text + " is not a kind; expected urban or rural");
        };
    }
}
