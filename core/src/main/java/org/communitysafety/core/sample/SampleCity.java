package org.communitysafety.core.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.communitysafety.core.lang.Check;
import org.communitysafety.core.jurisdiction.AreaKind;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.jurisdiction.PopulationFigure;
import org.communitysafety.core.jurisdiction.Populations;

/**
 * The generated city: its jurisdictions, their yearly populations, and the lowest-level units
 * and towns as arrays for the record generators.
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>One city {@code 330100}. Districts: {@code 6 + round(1.5·log2(villages/200))} clamped
 *       to 6..12 (8 for 500 villages), but at most one per 8 villages; 60% are urban districts
 *       (区, codes {@code 330102}, {@code 330103} …), the rest counties (县, {@code 330121} …).
 *       Above {@link SampleSpec#MAX_VILLAGES} villages ({@link SampleGenerator#largeTree}, the
 *       scale tests' million-unit trees) a
 *       district per 25,000 villages, at least 12, so that no town outgrows its three digits, numbered
 *       {@code 02} upwards, the counties after the urban districts.
 *   <li>Villages are shared among districts in proportion to U(0.7, 1.3) (×1.3 for a county).
 *       In an urban district 60–85% of them are communities (社区, urban), in a county 8–20%.
 *   <li>Communities sit under streets (街道, codes {@code …001}–{@code …090}, about 8 each),
 *       villages under towns (镇, codes from {@code …101}, about 14 each); the lowest level is
 *       numbered {@code 001} upwards within its parent: {@code 330102001001}.
 * </ul>
 *
 * <h2>Figures</h2>
 * Only the lowest level has a population and households, so that every parent's population
 * is the sum of its children's; parents have an area (the sum of their children's, towns plus
 * 5–40% of land outside any village) and a kind.
 * <ul>
 *   <li>village: population lognormal, median 1,800, σ 0.55, within 300..8,000; area median
 *       3.5 km², σ 0.6; 2.8–3.0 persons per household; yearly growth U(−2.0%, +1.5%).
 *   <li>community: population median 7,500, σ 0.5, within 1,500..30,000; area median
 *       0.9 km², σ 0.7; 2.6–2.8 persons per household; yearly growth U(−0.5%, +4.0%).
 *   <li>each year adds noise N(0, 0.4%) to the growth. The jurisdiction's own population and
 *       households are those of the <em>last</em> year of the span; {@link #populations()} has
 *       every year.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class SampleCity {
    static final String CITY_CODE = "330100";
    private static final long SALT = 0x43495459L; // "CITY"

    private final List<Jurisdiction> units;
    private final JurisdictionTree tree;
    private final Populations populations;
    private final List<Leaf> leaves;
    private final List<Town> towns;

    private SampleCity(List<Jurisdiction> units, Populations populations, List<Leaf> leaves, List<Town> towns) {
        this.units = List.copyOf(units);
        this.tree = JurisdictionTree.of(this.units);
        this.populations = populations;
        this.leaves = List.copyOf(leaves);
        this.towns = List.copyOf(towns);
    }

    /**
     * A lowest-level unit: its code, whether it is urban (a community), and its population in the
     * last year of the span.
     */
    record Leaf(String code, boolean urban, long population) {}

    /** A town or street: its code and the sum of its villages' populations in the last year. */
    record Town(String code, long population) {}

    /** The units in pre-order: city, then each district followed by its towns, each followed by its villages. */
    List<Jurisdiction> units() {
        return units;
    }

    JurisdictionTree tree() {
        return tree;
    }

    Populations populations() {
        return populations;
    }

    /** The lowest-level units, in the order their weights are drawn. */
    List<Leaf> leaves() {
        return leaves;
    }

    /** The towns and streets, in the order their weights are drawn. */
    List<Town> towns() {
        return towns;
    }

    /** Units per district above {@link SampleSpec#MAX_VILLAGES} ({@link SampleGenerator#largeTree}). */
    static final int LARGE_DISTRICT = 25_000;

    static int districtCount(int villages) {
        if (villages > SampleSpec.MAX_VILLAGES) {
            return Math.max(12, (villages + LARGE_DISTRICT - 1) / LARGE_DISTRICT);
        }
        int target = (int) Math.round(6 + 1.5 * Math.log(villages / 200.0) / Math.log(2));
        return Math.max(1, Math.min(Math.max(6, Math.min(12, target)), villages / 8));
    }

    static SampleCity build(SampleSpec spec) {
        return build(spec, spec.villages());
    }

    /** The city of {@code spec} with {@code villages} lowest-level units instead of the spec's. */
    static SampleCity build(SampleSpec spec, int villages) {
        return new Builder(spec, villages).build();
    }

    /** The building, in one pass over one random stream; not thread-safe. */
    private static final class Builder {
        private final SampleSpec spec;
        private final int villages;
        private final SplittableRandom rng;
        private final List<Jurisdiction> units = new ArrayList<>();
        private final List<PopulationFigure> figures = new ArrayList<>();
        private final List<Leaf> leaves = new ArrayList<>();
        private final List<Town> towns = new ArrayList<>();

        Builder(SampleSpec spec, int villages) {
            this.spec = spec;
            this.villages = villages;
            this.rng = new SplittableRandom(Draws.derive(spec.seed(), SALT));
        }

        SampleCity build() {
            int n = villages;
            int d = districtCount(n);
            int urbanDistricts = d == 1 ? 1 : (int) Math.round(d * 0.6);
            Names.Picker districtNames = new Names.Picker(Names.RURAL_FIRST, Names.DISTRICT_SECOND, rng);
            String cityStem = districtNames.next();
            double[] shares = new double[d];
            for (int i = 0; i < d; i++) {
                shares[i] = (0.7 + 0.6 * rng.nextDouble()) * (i < urbanDistricts ? 1.0 : 1.3);
            }
            int[] perDistrict = split(n, shares);
            double cityArea = 0;
            int cityIndex = units.size();
            units.add(null); // placeholder, filled once the area is known
            for (int i = 0; i < d; i++) {
                boolean urban = i < urbanDistricts;
                // above twelve districts the counties cannot start at 21: all are numbered in turn
                String code = "3301" + twoDigits(urban || d > 12 ? 2 + i : 21 + i - urbanDistricts);
                String name = districtNames.next() + (urban ? "区" : "县");
                cityArea += district(code, name, urban, perDistrict[i]);
            }
            units.set(cityIndex, new Jurisdiction(CITY_CODE, cityStem + "市", Level.CITY, Optional.empty(),
                    OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.of(round1(cityArea)),
                    Optional.empty()));
            return new SampleCity(units, Populations.of(figures), leaves, towns);
        }

        /** Adds a district with {@code m} lowest-level units; returns its area. */
        private double district(String code, String name, boolean urban, int m) {
            int at = units.size();
            units.add(null);
            double share = urban ? 0.60 + 0.25 * rng.nextDouble() : 0.08 + 0.12 * rng.nextDouble();
            int communities = m == 1 ? (urban ? 1 : 0) : (int) Math.round(m * share);
            int villages = m - communities;
            int streets = communities == 0 ? 0
                    : Math.max(1, (int) Math.round(communities / Math.max(8.0, communities / 90.0)));
            int townships = villages == 0 ? 0
                    : Math.max(1, (int) Math.round(villages / Math.max(14.0, villages / 800.0)));
            int[] streetSizes = split(communities, jitter(streets));
            int[] townSizes = split(villages, jitter(townships));
            Names.Picker streetNames = new Names.Picker(Names.URBAN_FIRST, Names.URBAN_SECOND, rng);
            Names.Picker townNames = new Names.Picker(Names.RURAL_FIRST, Names.RURAL_SECOND, rng);
            double area = 0;
            for (int s = 0; s < streets; s++) {
                area += town(code + threeDigits(1 + s), streetNames.next() + "街道", code, true, streetSizes[s]);
            }
            int firstTown = streets <= 99 && townships <= 899 ? 101 : streets + 1;
            for (int t = 0; t < townships; t++) {
                area += town(code + threeDigits(firstTown + t), townNames.next() + "镇", code, false, townSizes[t]);
            }
            units.set(at, new Jurisdiction(code, name, Level.DISTRICT, Optional.of(CITY_CODE), OptionalLong.empty(),
                    OptionalLong.empty(), OptionalDouble.of(round1(area)),
                    Optional.of(urban ? AreaKind.URBAN : AreaKind.RURAL)));
            return area;
        }

        private double town(String code, String name, String parent, boolean urban, int size) {
            Check.state(size <= 999, "town %s would have %d villages; codes allow 999", code, size);
            int at = units.size();
            units.add(null);
            Names.Picker names = urban
                    ? new Names.Picker(Names.URBAN_FIRST, Names.URBAN_SECOND, rng)
                    : new Names.Picker(Names.RURAL_FIRST, Names.RURAL_SECOND, rng);
            double area = 0;
            long population = 0;
            for (int v = 0; v < size; v++) {
                String vcode = code + threeDigits(1 + v);
                Jurisdiction leaf = leaf(vcode, names.next() + (urban ? "社区" : "村"), code, urban);
                units.add(leaf);
                area += leaf.areaKm2().getAsDouble();
                population += leaf.population().getAsLong();
            }
            double townArea = round1(area * (1.05 + 0.35 * rng.nextDouble()));
            units.set(at, new Jurisdiction(code, name, Level.TOWN, Optional.of(parent), OptionalLong.empty(),
                    OptionalLong.empty(), OptionalDouble.of(townArea),
                    Optional.of(urban ? AreaKind.URBAN : AreaKind.RURAL)));
            towns.add(new Town(code, population));
            return townArea;
        }

        private Jurisdiction leaf(String code, String name, String parent, boolean urban) {
            double base = urban
                    ? Draws.clamp(Draws.lognormal(rng, 7_500, 0.5), 1_500, 30_000)
                    : Draws.clamp(Draws.lognormal(rng, 1_800, 0.55), 300, 8_000);
            double area = urban
                    ? Draws.clamp(Draws.lognormal(rng, 0.9, 0.7), 0.1, 8)
                    : Draws.clamp(Draws.lognormal(rng, 3.5, 0.6), 0.3, 40);
            double perHousehold = urban ? 2.6 + 0.2 * rng.nextDouble() : 2.8 + 0.2 * rng.nextDouble();
            double growth = urban ? -0.005 + 0.045 * rng.nextDouble() : -0.020 + 0.035 * rng.nextDouble();
            double p = Math.round(base);
            long population = 0;
            long households = 0;
            for (int y = 0; y < spec.years(); y++) {
                if (y > 0) {
                    p = Math.max(50, Math.round(p * (1 + growth + 0.004 * rng.nextGaussian())));
                }
                population = (long) p;
                households = Math.round(p / perHousehold);
                figures.add(new PopulationFigure(code, spec.firstYear() + y, population, OptionalLong.of(households)));
            }
            leaves.add(new Leaf(code, urban, population));
            return new Jurisdiction(code, name, Level.VILLAGE, Optional.of(parent), OptionalLong.of(population),
                    OptionalLong.of(households), OptionalDouble.of(Math.max(0.1, round1(area))),
                    Optional.of(urban ? AreaKind.URBAN : AreaKind.RURAL));
        }

        private double[] jitter(int parts) {
            double[] w = new double[parts];
            for (int i = 0; i < parts; i++) {
                w[i] = Draws.clamp(Draws.lognormal(rng, 1, 0.35), 0.5, 2.0);
            }
            return w;
        }
    }

    /**
     * Splits {@code total} into {@code weights.length} parts of at least 1 each (when total
     * allows), the rest in proportion to the weights by largest remainder.
     */
    static int[] split(int total, double[] weights) {
        int k = weights.length;
        int[] parts = new int[k];
        if (k == 0) {
            return parts;
        }
        int base = Math.min(1, total / k);
        int rest = total - base * k;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainder = new double[k];
        int given = 0;
        for (int i = 0; i < k; i++) {
            double exact = rest * weights[i] / sum;
            parts[i] = base + (int) Math.floor(exact);
            remainder[i] = exact - Math.floor(exact);
            given += (int) Math.floor(exact);
        }
        for (int left = rest - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < k; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
        }
        return parts;
    }

    static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String threeDigits(int v) {
        return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v);
    }
}
