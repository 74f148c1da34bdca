package org.communitysafety.core.jurisdiction;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import org.communitysafety.core.lang.Check;

/**
 * Year-specific populations ({@code populations.csv}), which take precedence over
 * {@code jurisdictions.csv} for indicators of that year: per-capita rates must use the right
 * year's residents.
 *
 * <p>The rule, for unit {@code u} and year {@code y}:
 * <ol>
 *   <li>the figure for ({@code u}, {@code y}) in {@code populations.csv}, if there is one;</li>
 *   <li>otherwise {@code u}'s own figure in {@code jurisdictions.csv}, if given;</li>
 *   <li>otherwise the sum over {@code u}'s children of their populations in year {@code y}
 *       by this same rule — unknown if any child's is unknown or {@code u} has no children.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class Populations {
    private static final Populations NONE = new Populations(List.of());

    private final List<PopulationFigure> figures;
    private final Map<Key, PopulationFigure> byKey;

    private record Key(String unit, int year) {}

    private Populations(List<PopulationFigure> figures) {
        this.figures = figures;
        this.byKey = new HashMap<>();
        for (PopulationFigure f : figures) {
            PopulationFigure old = byKey.put(new Key(f.unit(), f.year()), f);
            Check.argument(old == null, "two population figures for unit %s in %d", f.unit(), f.year());
        }
    }

    /** No year-specific figures: every year uses {@code jurisdictions.csv}. */
    public static Populations none() {
        return NONE;
    }

    /**
     * The given figures.
     *
     * @throws IllegalArgumentException if a unit has two figures for one year
     */
    public static Populations of(Collection<PopulationFigure> figures) {
        Objects.requireNonNull(figures, "figures");
        return figures.isEmpty() ? NONE : new Populations(List.copyOf(figures));
    }

    /** The figures, in the order given. */
    public List<PopulationFigure> figures() {
        return figures;
    }

    /** The years that have at least one figure. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        figures.forEach(f -> years.add(f.year()));
        return years;
    }

    /** Whether there are no figures. */
    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /**
     * The population of every unit of {@code tree} in {@code year}, by dense index, following
     * the rule in the class description; {@code -1} marks an unknown population. The array is
     * new and the caller's to keep.
     */
    public long[] resolve(JurisdictionTree tree, int year) {
        return resolveFigure(tree, year, false);
    }

    /** The households of every unit in {@code year}, like {@link #resolve}; {@code -1} marks unknown. */
    public long[] resolveHouseholds(JurisdictionTree tree, int year) {
        return resolveFigure(tree, year, true);
    }

    /** The population of one unit in {@code year}; empty when unknown. */
    public OptionalLong population(JurisdictionTree tree, int index, int year) {
        long p = resolve(tree, year)[index];
        return p < 0 ? OptionalLong.empty() : OptionalLong.of(p);
    }

    private long[] resolveFigure(JurisdictionTree tree, int year, boolean households) {
        Objects.requireNonNull(tree, "tree");
        long[] given = new long[tree.size()];
        for (int i = 0; i < given.length; i++) {
            Jurisdiction u = tree.unit(i);
            PopulationFigure f = byKey.get(new Key(u.code(), year));
            OptionalLong value;
            if (f != null && (!households || f.households().isPresent())) {
                value = households ? f.households() : OptionalLong.of(f.population());
            } else {
                value = households ? u.households() : u.population();
            }
            given[i] = value.orElse(-1);
        }
        return tree.resolve(given);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Populations p && figures.equals(p.figures);
    }

    @Override
    public int hashCode() {
        return figures.hashCode();
    }

    @Override
    public String toString() {
        return "Populations[" + figures.size() + " figures, years " + years() + "]";
    }
}
