package org.communitysafety.core.jurisdiction;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.record.Coded;

/**
 * The level of a jurisdiction unit, from the top: city (市) → district or county (区/县) →
 * town or street (镇/街道) → village or community (村/社区) → grid (网格), the cell of grid
 * management (网格化管理) that some places divide a village or community into.
 *
 * <p>A child is always at a deeper level than its parent; levels may be skipped (a community
 * directly under a district is allowed).
 *
 * <p>{@link #code()} is what {@code jurisdictions.csv} holds ({@code city}, {@code district},
 * {@code town}, {@code village}, {@code grid}); the labels ({@code 镇/街道}, "town or street") are in this
 * package's {@code labels.properties}.
 */
public enum Level implements Coded {
    CITY,
    /** A district (区) or county (县). */
    DISTRICT,
    /** A town (镇), township (乡) or street (街道). */
    TOWN,
    /**
     * A village (村) or community (社区): the unit of "zero-incident" shares, whether or not it
     * is divided into grids.
     */
    VILLAGE,
    /**
     * A grid (网格): a part of a village or community, the lowest level. Incidents may be placed
     * in a grid; the roll-up treats grids like any other level, and a village's figures include
     * its grids'.
     */
    GRID;

    /** The depth of the level: 0 for a city, 3 for a village, 4 for a grid. */
    public int depth() {
        return ordinal();
    }

    /** Whether this level is strictly below {@code other}. */
    public boolean isBelow(Level other) {
        return ordinal() > other.ordinal();
    }

    /**
     * Reads a level name: {@code city}, {@code district}, {@code county}, {@code town},
     * {@code township}, {@code street}, {@code village}, {@code community}, {@code grid} (any
     * case) or the Chinese 市, 区, 县, 镇, 乡, 街道, 村, 社区, 网格.
     *
     * @throws IllegalArgumentException naming the accepted names
     */
    public static Level parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(text
                + " is not a level; expected city, district, county, town, street, village, community, grid"
                + " or 市, 区, 县, 镇, 乡, 街道, 村, 社区, 网格"));
    }

    /** The level named by {@code text}, as {@link #parse(String)} reads it, if any. */
    public static Optional<Level> find(String text) {
        Objects.requireNonNull(text, "text");
        return Optional.ofNullable(switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "city", "市" -> CITY;
            case "district", "county", "区", "县" -> DISTRICT;
            case "town", "township", "street", "镇", "乡", "街道" -> TOWN;
            case "village", "community", "村", "社区" -> VILLAGE;
            case "grid", "网格" -> GRID;
            default -> null;
        });
    }

    /**
     * The urban/rural kind a level name implies, if it implies one: a street (街道) or community
     * (社区) is urban; a township (乡), a 镇 or a 村 is rural. The level codes {@code town} and
     * {@code village} imply nothing, because they also stand for streets and communities (they
     * are what {@link #code()} writes for them).
     */
    public static Optional<AreaKind> impliedKind(String text) {
        Objects.requireNonNull(text, "text");
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "street", "community", "街道", "社区" -> URBAN;
            case "township", "镇", "乡", "村" -> RURAL;
            default -> Optional.empty();
        };
    }

    /** The kinds a level name implies, made once: a reader asks for one a row. */
    private static final Optional<AreaKind> URBAN = Optional.of(AreaKind.URBAN);

    private static final Optional<AreaKind> RURAL = Optional.of(AreaKind.RURAL);
}
