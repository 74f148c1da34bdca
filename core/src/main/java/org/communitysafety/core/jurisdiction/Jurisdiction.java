package org.communitysafety.core.jurisdiction;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.communitysafety.core.lang.Check;

/**
 * A jurisdiction unit: a city, district, town or village, as one row of
 * {@code jurisdictions.csv} gives it.
 *
 * <p>Population, households, area and kind are optional. A parent whose population is not
 * given takes the sum of its children's; that rule, and the year-specific figures of
 * {@code populations.csv}, are applied by {@link JurisdictionTree} and {@link Populations},
 * not here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code       the unique code, e.g. {@code 330106001001}
 * @param name       the name, e.g. {@code 西溪社区}
 * @param level      the level
 * @param parentCode the parent's code; empty for a root
 * @param population residents, if given
 * @param households households, if given
 * @param areaKm2    area in square kilometres, if given
 * @param kind       urban or rural, if given or implied by the level's name
 */
public record Jurisdiction(
        String code,
        String name,
        Level level,
        Optional<String> parentCode,
        OptionalLong population,
        OptionalLong households,
        OptionalDouble areaKm2,
        Optional<AreaKind> kind) {

    public Jurisdiction {
        Check.notBlank(code, "code");
        Check.notBlank(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(areaKm2, "areaKm2");
        Objects.requireNonNull(kind, "kind");
        parentCode.ifPresent(p -> {
            Check.argument(!p.isBlank(), "unit %s: a parent code must not be blank", code);
            Check.argument(!p.equals(code), "unit %s is its own parent", code);
        });
        population.ifPresent(p -> Check.argument(p >= 0, "unit %s: population must not be negative, got %d", code, p));
        households.ifPresent(h -> Check.argument(h >= 0, "unit %s: households must not be negative, got %d", code, h));
        areaKm2.ifPresent(a -> Check.argument(a >= 0 && Double.isFinite(a),
                "unit %s: area must be a finite number ≥ 0, got %s", code, a));
    }

    /** A root unit (no parent) with no population figures. */
    public static Jurisdiction root(String code, String name, Level level) {
        return new Jurisdiction(code, name, level, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.empty(), Optional.empty());
    }

    /** A unit under {@code parentCode} with no population figures. */
    public static Jurisdiction of(String code, String name, Level level, String parentCode) {
        Objects.requireNonNull(parentCode, "parentCode");
        return new Jurisdiction(code, name, level, Optional.of(parentCode), OptionalLong.empty(),
                OptionalLong.empty(), OptionalDouble.empty(), Optional.empty());
    }

    /** A copy with the given population. */
    public Jurisdiction withPopulation(long population) {
        return new Jurisdiction(code, name, level, parentCode, OptionalLong.of(population), households, areaKm2, kind);
    }

    /** A copy with the given households. */
    public Jurisdiction withHouseholds(long households) {
        return new Jurisdiction(code, name, level, parentCode, population, OptionalLong.of(households), areaKm2, kind);
    }

    /** A copy with the given area in km². */
    public Jurisdiction withAreaKm2(double areaKm2) {
        return new Jurisdiction(code, name, level, parentCode, population, households, OptionalDouble.of(areaKm2),
                kind);
    }

    /** A copy with the given kind. */
    public Jurisdiction withKind(AreaKind kind) {
        return new Jurisdiction(code, name, level, parentCode, population, households, areaKm2, Optional.of(kind));
    }

    /** Whether the unit has no parent. */
    public boolean isRoot() {
        return parentCode.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(level.code()).append(' ').append(code).append(' ').append(name);
        parentCode.ifPresent(p -> s.append(" (in ").append(p).append(')'));
        population.ifPresent(p -> s.append(", population ").append(p));
        households.ifPresent(h -> s.append(", households ").append(h));
        areaKm2.ifPresent(a -> s.append(", ").append(a).append(" km²"));
        kind.ifPresent(k -> s.append(", ").append(k.code()));
        return s.toString();
    }
}
