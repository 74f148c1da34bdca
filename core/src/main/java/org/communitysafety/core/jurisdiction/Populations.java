package org.communitysafety.core.jurisdiction;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.RandomAccess;
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
 * <h2>Layout</h2>
 * The figures are held as columns — the unit's code (a reference, shared with the tree's), the
 * year, the population and the households ({@code -1}: not given) — 24 bytes a figure, and
 * {@link #figures()} is a view that makes each {@link PopulationFigure} when it is asked for. A
 * million villages over three years are 3 million figures: as records with an
 * {@link OptionalLong} each they took 180 MB and a reader's garbage as much again; as columns
 * they take 72 MB and the look-up table 32 MB. {@link #builder()} adds figures one by one
 * without making any object per figure.
 *
 * <p>Immutable and thread-safe.
 */
public final class Populations {
    private static final Populations NONE = new Populations(new String[0], new int[0], new long[0], new long[0], 0,
            new int[] {-1, -1});

    private static final long NO_HOUSEHOLDS = -1;

    private final String[] units;
    private final int[] years;
    private final long[] population;
    /** The households of each figure, {@code -1} where not given. */
    private final long[] households;
    private final int size;
    /**
     * The figures by (unit, year): open addressing over their positions in the columns (−1 for
     * none), hashed on the unit code's hash and the year. Why not a {@code HashMap} of (unit,
     * year) keys: a million villages over three years are 3 million figures, and a key object and
     * a map node for each took 170 MB; this table takes 32 MB.
     */
    private final int[] table;

    private Populations(String[] units, int[] years, long[] population, long[] households, int size, int[] table) {
        this.units = units;
        this.years = years;
        this.population = population;
        this.households = households;
        this.size = size;
        this.table = table;
    }

    private static int hash(String unit, int year) {
        int h = (unit.hashCode() * 31 + year) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The position of the figure of {@code unit} in {@code year}, or -1. */
    private int find(String unit, int year) {
        return find(table, units, years, unit, year);
    }

    private static int find(int[] table, String[] units, int[] years, String unit, int year) {
        int mask = table.length - 1;
        for (int h = hash(unit, year) & mask; table[h] >= 0; h = (h + 1) & mask) {
            int i = table[h];
            if (years[i] == year && units[i].equals(unit)) {
                return i;
            }
        }
        return -1;
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
        if (figures.isEmpty()) {
            return NONE;
        }
        Builder b = new Builder(figures.size());
        for (PopulationFigure f : List.copyOf(figures)) {
            int first = b.add(f.unit(), f.year(), f.population(), f.households().orElse(NO_HOUSEHOLDS));
            Check.argument(first < 0, "two population figures for unit %s in %d", f.unit(), f.year());
        }
        return b.build();
    }

    /** A builder that takes figures one by one, for a reader of millions of rows. */
    public static Builder builder() {
        return new Builder(16);
    }

    /** The figures, in the order given: a view that makes each figure as it is read. */
    public List<PopulationFigure> figures() {
        return new Figures();
    }

    /** The number of figures. */
    public int size() {
        return size;
    }

    /** The years that have at least one figure. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> set = new TreeSet<>();
        for (int i = 0; i < size; i++) {
            set.add(years[i]);
        }
        return set;
    }

    /** Whether there are no figures. */
    public boolean isEmpty() {
        return size == 0;
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

    private long[] resolveFigure(JurisdictionTree tree, int year, boolean wantHouseholds) {
        Objects.requireNonNull(tree, "tree");
        long[] given = new long[tree.size()];
        for (int i = 0; i < given.length; i++) {
            Jurisdiction u = tree.unit(i);
            int f = size == 0 ? -1 : find(u.code(), year);
            if (f >= 0 && (!wantHouseholds || households[f] != NO_HOUSEHOLDS)) {
                given[i] = wantHouseholds ? households[f] : population[f];
            } else {
                given[i] = (wantHouseholds ? u.households() : u.population()).orElse(-1);
            }
        }
        return tree.resolve(given);
    }

    private PopulationFigure figure(int i) {
        return new PopulationFigure(units[i], years[i], population[i],
                households[i] == NO_HOUSEHOLDS ? OptionalLong.empty() : OptionalLong.of(households[i]));
    }

    /** The figures as a list, made one at a time. */
    private final class Figures extends AbstractList<PopulationFigure> implements RandomAccess {
        @Override
        public PopulationFigure get(int index) {
            Objects.checkIndex(index, size);
            return figure(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Populations p) || p.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (years[i] != p.years[i] || population[i] != p.population[i] || households[i] != p.households[i]
                    || !units[i].equals(p.units[i])) {
                return false;
            }
        }
        return true;
    }

    /** The hash code of {@link #figures()} as a list. */
    @Override
    public int hashCode() {
        return figures().hashCode();
    }

    @Override
    public String toString() {
        return "Populations[" + size + " figures, years " + years() + "]";
    }

    /**
     * Takes figures one by one into growing columns, for a reader that must not make an object
     * per row; {@link #add} says whether the unit already has a figure for the year. Confined to
     * one thread; {@link #build} may be called once.
     */
    public static final class Builder {
        private String[] units;
        private int[] years;
        private long[] population;
        private long[] households;
        private int size;
        private int[] table;
        private boolean built;

        private Builder(int capacity) {
            int c = Math.max(16, capacity);
            units = new String[c];
            years = new int[c];
            population = new long[c];
            households = new long[c];
            table = newTable(c);
        }

        /** A table of at least twice {@code figures} slots, a power of two, all empty. */
        private static int[] newTable(int figures) {
            int[] t = new int[Math.max(2, Integer.highestOneBit(Math.max(1, figures) * 2 - 1) * 2)];
            Arrays.fill(t, -1);
            return t;
        }

        /**
         * Adds the figure of {@code unit} in {@code year} — unless the unit already has one for
         * that year, in which case nothing changes and the position of the first (0 for the
         * first figure added, 1 for the second, ...) is returned. Returns {@code -1} when the figure is
         * added.
         *
         * @param households the households, or {@code -1} when not given
         * @throws IllegalArgumentException if a value is out of range (see {@link PopulationFigure})
         */
        public int add(String unit, int year, long population, long households) {
            Check.state(!built, "the populations were built");
            Check.notBlank(unit, "unit");
            Check.argument(year >= 1 && year <= 9999, "year must be 1..9999, got %d", year);
            Check.nonNegative(population, "population");
            Check.argument(households >= -1, "households must be -1 (not given) or at least 0, got %d", households);
            int mask = table.length - 1;
            int h = hash(unit, year) & mask;
            for (; table[h] >= 0; h = (h + 1) & mask) {
                int i = table[h];
                if (years[i] == year && units[i].equals(unit)) {
                    return i;
                }
            }
            if (size == units.length) {
                int c = size + (size >> 1) + 1;
                units = Arrays.copyOf(units, c);
                years = Arrays.copyOf(years, c);
                this.population = Arrays.copyOf(this.population, c);
                this.households = Arrays.copyOf(this.households, c);
            }
            units[size] = unit;
            years[size] = year;
            this.population[size] = population;
            this.households[size] = households;
            table[h] = size++;
            if (size * 2 > table.length) {
                rehash();
            }
            return -1;
        }

        private void rehash() {
            table = newTable(table.length);   // twice the slots
            int mask = table.length - 1;
            for (int i = 0; i < size; i++) {
                int h = hash(units[i], years[i]) & mask;
                while (table[h] >= 0) {
                    h = (h + 1) & mask;
                }
                table[h] = i;
            }
        }

        /** The number of figures added. */
        public int size() {
            return size;
        }

        /** The figures added, in order; {@link Populations#none()} when none were. */
        public Populations build() {
            Check.state(!built, "the populations were built");
            built = true;
            if (size == 0) {
                return NONE;
            }
            Populations p = new Populations(Arrays.copyOf(units, size), Arrays.copyOf(years, size),
                    Arrays.copyOf(population, size), Arrays.copyOf(households, size), size, table);
            units = null;
            years = null;
            population = null;
            households = null;
            table = null;
            return p;
        }
    }
}
