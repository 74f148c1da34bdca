package org.communitysafety.core.jurisdiction;

import java.util.OptionalLong;
import org.communitysafety.core.lang.Check;

/**
 * A unit's population (and optionally households) in one year: one row of
 * {@code populations.csv}.
 *
 * @param unit       the unit's code
 * @param year       the year the figure applies to
 * @param population residents, zero or more
 * @param households households, if given
 */
public record PopulationFigure(String unit, int year, long population, OptionalLong households) {
    public PopulationFigure {
        Check.notBlank(unit, "unit");
        Check.argument(year >= 1 && year <= 9999, "year must be 1..9999, got %d", year);
        Check.nonNegative(population, "population");
        java.util.Objects.requireNonNull(households, "households");
        households.ifPresent(h -> Check.nonNegative(h, "households"));
    }

    /** A figure without households. */
    public static PopulationFigure of(String unit, int year, long population) {
        return new PopulationFigure(unit, year, population, OptionalLong.empty());
    }
}
