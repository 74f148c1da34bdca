package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.communitysafety.core.jurisdiction.Jurisdiction;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;
import org.communitysafety.core.record.Money;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;

/**
 * Seeded random inputs for the dispute and outreach property tests, made to hit the edges: small
 * forests with units that get no records, overlapping periods (a year, its months and a year to
 * date 29 February 2024), periods with no records, records on the first and last days of
 * periods, disputes closed on a period's first or last day, open and old disputes, and sums
 * that pass 2³¹.
 */
final class DisputeOutreachCases {
    /** A city (C), a town (T) and two villages (V1, V2) of the town: the hand-worked cases' tree. */
    static final JurisdictionTree CITY_OF_TWO_VILLAGES = JurisdictionTree.of(
            Jurisdiction.root("C", "city", Level.CITY),
            Jurisdiction.of("T", "town", Level.TOWN, "C"),
            Jurisdiction.of("V1", "village 1", Level.VILLAGE, "T"),
            Jurisdiction.of("V2", "village 2", Level.VILLAGE, "T"));
    static final int V1 = CITY_OF_TWO_VILLAGES.indexOf("V1");
    static final int V2 = CITY_OF_TWO_VILLAGES.indexOf("V2");
    static final int TOWN = CITY_OF_TWO_VILLAGES.indexOf("T");
    static final int CITY = CITY_OF_TWO_VILLAGES.indexOf("C");

    /** The width of dispute cubes: one column per dispute type. */
    static final int DISPUTE_TYPES = RecordKind.DISPUTES.types().size();
    /** The width of outreach cubes: one column per outreach type. */
    static final int OUTREACH_TYPES = RecordKind.OUTREACH.types().size();

    static final LocalDate FIRST = LocalDate.of(2021, 6, 1);
    static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    private static final LocalDate LEAP = LocalDate.of(2024, 2, 29);

    private DisputeOutreachCases() {}

    /**
     * A forest of 1–2 cities with 0–2 districts, 0–2 towns and 0–3 villages each; some villages
     * skip the town.
     */
    static JurisdictionTree tree(Random rnd) {
        List<Jurisdiction> units = new ArrayList<>();
        int roots = 1 + rnd.nextInt(2);
        for (int c = 0; c < roots; c++) {
            String city = "C" + c;
            units.add(Jurisdiction.root(city, "city " + c, Level.CITY));
            for (int d = 0, ds = rnd.nextInt(3); d < ds; d++) {
                String district = city + "D" + d;
                units.add(Jurisdiction.of(district, "district " + district, Level.DISTRICT, city));
                if (rnd.nextInt(4) == 0) {
                    units.add(Jurisdiction.of(district + "V", "village " + district, Level.VILLAGE, district));
                }
                for (int t = 0, ts = rnd.nextInt(3); t < ts; t++) {
                    String town = district + "T" + t;
                    units.add(Jurisdiction.of(town, "town " + town, Level.TOWN, district));
                    for (int v = 0, vs = rnd.nextInt(4); v < vs; v++) {
                        String village = town + "V" + v;
                        units.add(Jurisdiction.of(village, "village " + village, Level.VILLAGE, town));
                    }
                }
            }
        }
        return JurisdictionTree.of(units);
    }

    /**
     * Periods of one of four shapes: a report's overlapping set, 24 disjoint months, a random mix
     * (with periods that hold no records), a year and its baseline.
     */
    static PeriodIndex periods(Random rnd) {
        switch (rnd.nextInt(4)) {
            case 0: {
                List<Period> p = new ArrayList<>(Period.ofYear(2024).months());
                p.add(Period.ofYear(2024));
                p.add(Period.yearToDate(LEAP));
                p.add(Period.ofYear(2023));
                return PeriodIndex.of(p);
            }
            case 1:
                return PeriodIndex.monthsOf(2023, 2024);
            case 2: {
                List<Period> pool = new ArrayList<>(List.of(Period.ofYear(2022), Period.ofYear(2023),
                        Period.ofYear(2024), Period.ofYear(2025), Period.ofMonth(2023, 12), Period.ofMonth(2024, 1),
                        Period.ofMonth(2024, 2), Period.ofMonth(2024, 3), Period.ofQuarter(2024, 1),
                        Period.yearToDate(LEAP),
                        Period.yearToDate(LocalDate.of(2024, 2, 28)), Period.yearToDate(LocalDate.of(2023, 2, 28)),
                        Period.ofIsoWeek(2024, 9), Period.ofYear(2019), Period.ofYear(2030)));
                LocalDate start = FIRST.plusDays(rnd.nextInt(1400));
                pool.add(Period.ofRange(start, start.plusDays(rnd.nextInt(120))));
                Set<Period> chosen = new LinkedHashSet<>();
                for (int i = 0, n = 1 + rnd.nextInt(7); i < n; i++) {
                    chosen.add(pool.get(rnd.nextInt(pool.size())));
                }
                return PeriodIndex.of(chosen);
            }
            default:
                return PeriodIndex.of(Period.ofYear(2024), Period.ofYear(2023), Period.ofYear(2030));
        }
    }

    /** The first and last days of the periods and the days either side, within the span, and the leap day. */
    static List<LocalDate> edges(PeriodIndex periods) {
        Set<LocalDate> edges = new LinkedHashSet<>(List.of(LEAP.minusDays(1), LEAP, LEAP.plusDays(1)));
        for (Period p : periods.periods()) {
            for (LocalDate d : List.of(p.start(), p.end())) {
                edges.add(d.minusDays(1));
                edges.add(d);
                edges.add(d.plusDays(1));
            }
        }
        edges.removeIf(d -> d.isBefore(FIRST) || d.isAfter(LAST));
        return List.copyOf(edges);
    }

    static LocalDate day(Random rnd, List<LocalDate> edges) {
        return rnd.nextInt(5) < 2 ? edges.get(rnd.nextInt(edges.size()))
                : FIRST.plusDays(rnd.nextInt((int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1)));
    }

    /** The units that get records: each with probability 0.6, at least one. */
    static int[] activeUnits(Random rnd, JurisdictionTree tree) {
        int[] active = IntStream.range(0, tree.size()).filter(u -> rnd.nextInt(5) < 3).toArray();
        return active.length > 0 ? active : new int[] {rnd.nextInt(tree.size())};
    }

    static List<Dispute> disputes(Random rnd, JurisdictionTree tree, PeriodIndex periods, int n) {
        List<LocalDate> edges = edges(periods);
        int[] active = activeUnits(rnd, tree);
        DisputeType[] types = DisputeType.values();
        DisputeStatus[] concluded = {DisputeStatus.RESOLVED, DisputeStatus.RESOLVED, DisputeStatus.FAILED,
                DisputeStatus.REFERRED};
        List<Dispute> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String unit = tree.unit(active[rnd.nextInt(active.length)]).code();
            LocalDate received = day(rnd, edges);
            DisputeStatus status = DisputeStatus.OPEN;
            Optional<LocalDate> closed = Optional.empty();
            int k = rnd.nextInt(20);
            if (k >= 4) {
                status = concluded[rnd.nextInt(concluded.length)];
                LocalDate c;
                if (k < 7) {
                    c = received;
                } else if (k < 12) {
                    LocalDate edge = edges.get(rnd.nextInt(edges.size()));
                    c = edge.isBefore(received) ? received.plusDays(rnd.nextInt(30)) : edge;
                } else if (k < 14) {
                    c = received.plusDays(300 + rnd.nextInt(600));
                } else {
                    c = received.plusDays(1 + rnd.nextInt(60));
                }
                closed = Optional.of(c);
            }
            Money amount = rnd.nextBoolean() ? Money.ZERO : Money.ofFen(1 + (long) (rnd.nextDouble() * 1e10));
            out.add(new Dispute("D" + i, unit, types[rnd.nextInt(types.length)], received, status, closed, amount,
                    Optional.empty(), Optional.empty()));
        }
        return out;
    }

    static List<OutreachSession> outreach(Random rnd, JurisdictionTree tree, PeriodIndex periods, int n) {
        List<LocalDate> edges = edges(periods);
        int[] active = activeUnits(rnd, tree);
        OutreachType[] types = OutreachType.values();
        List<OutreachSession> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String unit = tree.unit(active[rnd.nextInt(active.length)]).code();
            long found = small(rnd);
            long fixed = found == 0 ? 0 : rnd.nextInt((int) Math.min(found, 1_000_000) + 1);
            // now and then an audience near 2³¹, so that sums pass the int range
            long audience = rnd.nextInt(20) == 0 ? Integer.MAX_VALUE - rnd.nextInt(1000) : small(rnd);
            Money loss = rnd.nextInt(4) == 0 ? Money.ofFen(1 + (long) (rnd.nextDouble() * 1e10)) : Money.ZERO;
            out.add(new OutreachSession("O" + i, unit, types[rnd.nextInt(types.length)], day(rnd, edges),
                    small(rnd), small(rnd), audience, small(rnd), found, fixed, small(rnd), small(rnd), loss));
        }
        return out;
    }

    private static long small(Random rnd) {
        return rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(rnd.nextInt(10) == 0 ? 1_000_000 : 50);
    }
}
