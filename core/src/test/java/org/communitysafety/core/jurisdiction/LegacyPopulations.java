package org.communitysafety.core.jurisdiction;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;
import org.communitysafety.core.lang.Check;

/**
 * {@link Populations} as it was before its figures became columns (commit 5b12ca5): a list of
 * {@link PopulationFigure} records. The oracle of {@link PopulationsDifferentialTest}; not used by
 * the library.
 *
 * <p>Year-specific populations ({@code populations.csv}), which take precedence over
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
final class LegacyPopulations {
    private static final LegacyPopulations NONE = new LegacyPopulations(List.of());

    private final List<PopulationFigure> figures;
    /**
     * The figures by (unit, year): open addressing over their indices in {@link #figures} (−1
     * for none), hashed on the unit code's hash and the year. Why not a {@code HashMap} of
     * (unit, year) keys: a million villages over three years are 3 million figures, and a key
     * object and a map node for each took 170 MB; this table takes 32 MB.
     */
    private final int[] table;

    private LegacyPopulations(List<PopulationFigure> figures) {
        this.figures = figures;
        this.table = new int[Math.max(2, Integer.highestOneBit(Math.max(1, figures.size()) * 2 - 1) * 2)];
        java.util.Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int i = 0; i < figures.size(); i++) {
            PopulationFigure f = figures.get(i);
            int h = hash(f.unit(), f.year()) & mask;
            for (; table[h] >= 0; h = (h + 1) & mask) {
                PopulationFigure g = figures.get(table[h]);
                Check.argument(g.year() != f.year() || !g.unit().equals(f.unit()),
                        "two population figures for unit %s in %d", f.unit(), f.year());
            }
            table[h] = i;
        }
    }

    private static int hash(String unit, int year) {
        int h = (unit.hashCode() * 31 + year) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The figure of {@code unit} in {@code year}, or null. */
    private PopulationFigure find(String unit, int year) {
        int mask = table.length - 1;
        for (int h = hash(unit, year) & mask; table[h] >= 0; h = (h + 1) & mask) {
            PopulationFigure f = figures.get(table[h]);
            if (f.year() == year && f.unit().equals(unit)) {
                return f;
            }
        }
        return null;
    }

    /** No year-specific figures: every year uses {@code jurisdictions.csv}. */
    public static LegacyPopulations none() {
        return NONE;
    }

    /**
     * The given figures.
     *
     * @throws IllegalArgumentException if a unit has two figures for one year
     */
    public static LegacyPopulations of(Collection<PopulationFigure> figures) {
        Objects.requireNonNull(figures, "figures");
        return figures.isEmpty() ? NONE : new LegacyPopulations(List.copyOf(figures));
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
            PopulationFigure f = find(u.code(), year);
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
        return o instanceof LegacyPopulations p && figures.equals(p.figures);
    }

    @Override
    public int hashCode() {
        return figures.hashCode();
    }

    @Override
    public String toString() {
        return "LegacyPopulations[" + figures.size() + " figures, years " + years() + "]";
    }
}
