package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.record.IncidentSource;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.taxonomy.Category;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * Seeded random inputs for the aggregation properties: a small random forest (parents hold
 * incidents of their own, some units hold none), a random set of periods, and incidents whose
 * days and clearances are drawn to hit the edges — the first and last days of the periods and
 * the days around them, 29 February 2024, clearance on a period's last day and on the day
 * after, zero and non-zero amounts.
 */
final class RandomCases {
    private RandomCases() {}

    /** How the periods of a case are chosen. */
    enum Periods {
        /** A year, its twelve months and a year to date, in shuffled order: every day in 2 or 3 periods. */
        OVERLAPPING,
        /** The 36 months of 2022–2024: the fast path. */
        MONTHS_OF_THREE_YEARS,
        /** 2024 and its baseline 2023. */
        YEAR_AND_BASELINE,
        /** One to six periods of any kind, near or far from the incidents, overlapping or not. */
        MIXED,
        /** No periods at all. */
        NONE
    }

    /** One generated input. {@link #toString()} names the seed, so a failure reproduces. */
    record Case(long seed, Periods kind, JurisdictionTree tree, Taxonomy taxonomy, PeriodIndex periods,
            List<Incident> incidents) {
        /** The incidents in a store, in list order. */
        IncidentStore store() {
            IncidentStore.Builder b = IncidentStore.builder(tree, taxonomy);
            incidents.forEach(b::add);
            return b.build();
        }

        NaiveIncidents naive() {
            return new NaiveIncidents(tree, taxonomy, incidents);
        }

        @Override
        public String toString() {
            List<Period> ps = periods.periods();
            String shown = ps.size() <= 4 ? ps.toString()
                    : ps.size() + " periods " + ps.subList(0, 3).toString().replace("]", ", ...]");
            return "case seed " + seed + " (" + kind + ": " + tree.size() + " units, " + taxonomy.size()
                    + " categories, " + shown + ", " + incidents.size() + " incidents)";
        }
    }

    /** A case with up to 400 incidents. */
    static Case generate(long seed) {
        Random r = new Random(seed);
        Periods[] kinds = Periods.values();
        // NONE only now and then
        Periods kind = r.nextInt(40) == 0 ? Periods.NONE : kinds[r.nextInt(kinds.length - 1)];
        int n = r.nextInt(20) == 0 ? 0 : r.nextInt(400);
        return generate(seed, r, kind, n);
    }

    /** A case of {@code incidents} incidents with periods of the given kind. */
    static Case generate(long seed, Periods kind, int incidents) {
        return generate(seed, new Random(seed), kind, incidents);
    }

    private static Case generate(long seed, Random r, Periods kind, int n) {
        JurisdictionTree tree = tree(r, 1 + r.nextInt(12));
        Taxonomy taxonomy = taxonomy(r, 1 + r.nextInt(4));
        PeriodIndex periods = periods(r, kind);
        List<LocalDate> edges = edgeDays(periods);
        // some units hold no incidents; the others are drawn with a skew
        List<String> active = new ArrayList<>();
        for (Jurisdiction u : tree.units()) {
            if (r.nextInt(10) < 7) {
                active.add(u.code());
            }
        }
        if (active.isEmpty()) {
            active.add(tree.unit(r.nextInt(tree.size())).code());
        }
        Collections.shuffle(active, r);
        List<Incident> incidents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String unit = active.get((int) (active.size() * Math.pow(r.nextDouble(), 1.7)));
            String category = taxonomy.category(r.nextInt(taxonomy.size())).code();
            LocalDate occurred = r.nextBoolean() ? edges.get(r.nextInt(edges.size()))
                    : LocalDate.of(2021, 12, 1).plusDays(r.nextInt(1_500));
            Optional<LocalDate> cleared = clearance(r, occurred, periods);
            long loss = 0;
            long recovered = 0;
            int a = r.nextInt(10);
            if (a >= 6) {
                loss = a == 9 && r.nextBoolean() ? 0 : amount(r);
                recovered = a >= 8 ? amount(r) : 0;
            }
            incidents.add(new Incident("I" + i, unit, category, occurred, Optional.empty(), cleared, r.nextBoolean(),
                    r.nextInt(5) == 0, Money.ofFen(loss), Money.ofFen(recovered), IncidentSource.UNSPECIFIED));
        }
        return new Case(seed, kind, tree, taxonomy, periods, List.copyOf(incidents));
    }

    private static long amount(Random r) {
        return r.nextInt(20) == 0 ? 1_000_000_000_000L + r.nextInt(1000) : 1 + r.nextInt(1_000_000);
    }

    /** Not cleared, cleared the same day, on a containing period's last day, the day after, or later. */
    private static Optional<LocalDate> clearance(Random r, LocalDate occurred, PeriodIndex periods) {
        int k = r.nextInt(20);
        if (k < 7) {
            return Optional.empty();
        }
        if (k < 9) {
            return Optional.of(occurred);
        }
        if (k < 14) {
            int[] containing = periods.periodsOf(occurred.toEpochDay());
            if (containing.length > 0) {
                LocalDate end = periods.period(containing[r.nextInt(containing.length)]).end();
                return Optional.of(k < 12 ? end : end.plusDays(1));
            }
        }
        return Optional.of(occurred.plusDays(r.nextInt(5) == 0 ? r.nextInt(800) : r.nextInt(30)));
    }

    /** The first and last days of every period, the days either side, and the leap days around 2024-02-29. */
    private static List<LocalDate> edgeDays(PeriodIndex periods) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (Period p : periods.periods()) {
            days.add(p.start());
            days.add(p.end());
            days.add(p.start().minusDays(1));
            days.add(p.end().plusDays(1));
        }
        days.add(LocalDate.of(2024, 2, 28));
        days.add(LocalDate.of(2024, 2, 29));
        days.add(LocalDate.of(2024, 3, 1));
        return List.copyOf(days);
    }

    /**
     * A random forest of {@code size} units: one or two roots, each further unit under a random
     * unit above village level, at a random level below its parent's. Codes are drawn at random
     * so that the dense (post-order by code) indices differ from the order of creation.
     */
    static JurisdictionTree tree(Random r, int size) {
        List<Jurisdiction> units = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        // the levels down to village, as the cases were drawn before grids were a level
        Level[] levels = {Level.CITY, Level.DISTRICT, Level.TOWN, Level.VILLAGE};
        int roots = size > 3 && r.nextBoolean() ? 2 : 1;
        for (int i = 0; i < size; i++) {
            String code;
            do {
                code = String.format("%03d", r.nextInt(1000));
            } while (!codes.add(code));
            List<Jurisdiction> parents = units.stream().filter(u -> u.level() != Level.VILLAGE).toList();
            if (i < roots || parents.isEmpty()) {
                units.add(Jurisdiction.root(code, "单位" + code, levels[r.nextInt(3)]));
            } else {
                Jurisdiction parent = parents.get(r.nextInt(parents.size()));
                int below = parent.level().ordinal() + 1;
                Level level = levels[below + r.nextInt(levels.length - below)];
                units.add(Jurisdiction.of(code, "单位" + code, level, parent.code()));
            }
        }
        Collections.shuffle(units, r);
        return JurisdictionTree.of(units);
    }

    static Taxonomy taxonomy(Random r, int size) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            categories.add(Category.of("c" + i, "类别" + i, "category " + i, r.nextBoolean()));
        }
        return Taxonomy.of(categories);
    }

    static PeriodIndex periods(Random r, Periods kind) {
        return switch (kind) {
            case OVERLAPPING -> {
                int year = 2023 + r.nextInt(2);
                List<Period> ps = new ArrayList<>(Period.ofYear(year).months());
                ps.add(Period.ofYear(year));
                LocalDate asOf = year == 2024 && r.nextBoolean() ? LocalDate.of(2024, 2, 29)
                        : LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
                ps.add(Period.yearToDate(asOf));
                Collections.shuffle(ps, r);
                yield PeriodIndex.of(ps);
            }
            case MONTHS_OF_THREE_YEARS -> PeriodIndex.monthsOf(2022, 2024);
            case YEAR_AND_BASELINE -> PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023));
            case MIXED -> {
                Set<Period> ps = new LinkedHashSet<>();
                int n = 1 + r.nextInt(6);
                while (ps.size() < n) {
                    ps.add(mixedPeriod(r));
                }
                yield PeriodIndex.of(ps);
            }
            case NONE -> PeriodIndex.of(List.of());
        };
    }

    private static Period mixedPeriod(Random r) {
        int year = 2022 + r.nextInt(3);
        return switch (r.nextInt(9)) {
            case 0 -> Period.ofYear(year);
            case 1 -> Period.ofQuarter(year, 1 + r.nextInt(4));
            case 2, 3 -> Period.ofMonth(year, 1 + r.nextInt(12));
            case 4 -> Period.ofIsoWeek(year, 1 + r.nextInt(52));
            case 5 -> Period.ofRange(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));
            case 6 -> Period.yearToDate(r.nextBoolean() ? LocalDate.of(2024, 2, 29) : LocalDate.of(2025, 2, 28));
            case 7 -> Period.ofYear(2030); // no incident falls in it
            default -> {
                LocalDate start = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1_100));
                yield Period.ofRange(start, start.plusDays(r.nextInt(120)));
            }
        };
    }
}
