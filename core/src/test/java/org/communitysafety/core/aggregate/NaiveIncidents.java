package org.communitysafety.core.aggregate;

import static java.util.stream.Collectors.groupingBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.period.Period;
import org.communitysafety.core.record.Incident;
import org.communitysafety.core.taxonomy.Taxonomy;

/**
 * The reference the aggregation core is tested against: every figure computed again with
 * plain streams over the {@link Incident} records, straight from the definitions in
 * {@link IncidentMeasure} and {@link IncidentAccumulator} — no store, no index, no arrays.
 *
 * <ul>
 *   <li>{@code COUNT}, {@code CRIMINAL}, {@code REPEAT_CALLS}, {@code LOSS_FEN},
 *       {@code RECOVERED_FEN}: the incidents whose {@code occurred_on} is in the period;</li>
 *   <li>{@code CLEARED}: of those, the ones with {@code cleared_on} on or before the period's
 *       last day;</li>
 *   <li>{@code CLEARANCES} and the days-to-clear distribution: the incidents whose
 *       {@code cleared_on} is in the period, whenever they occurred; the value is
 *       {@code cleared_on − occurred_on} in days.</li>
 * </ul>
 */
final class NaiveIncidents {
    private final JurisdictionTree tree;
    private final Taxonomy taxonomy;
    private final Map<String, List<Incident>> byUnit;

    NaiveIncidents(JurisdictionTree tree, Taxonomy taxonomy, List<Incident> incidents) {
        this.tree = tree;
        this.taxonomy = taxonomy;
        this.byUnit = incidents.stream().collect(groupingBy(Incident::unit));
    }

    /** The incidents filed at the given units. */
    private Stream<Incident> at(IntStream units) {
        return units.mapToObj(u -> byUnit.getOrDefault(tree.unit(u).code(), List.of())).flatMap(List::stream);
    }

    /** A measure of unit {@code unit}'s own incidents. */
    long own(IncidentMeasure m, int unit, Period p, int category) {
        return value(m, IntStream.of(unit), p, category);
    }

    /** A measure of the incidents of {@code unit} and all its descendants. */
    long subtree(IncidentMeasure m, int unit, Period p, int category) {
        return value(m, tree.subtree(unit), p, category);
    }

    /** The days to clear of unit {@code unit}'s own incidents cleared in {@code p}. */
    DayDistribution ownDaysToClear(int unit, Period p) {
        return daysToClear(IntStream.of(unit), p);
    }

    /** The days to clear of the incidents of {@code unit}'s subtree cleared in {@code p}. */
    DayDistribution subtreeDaysToClear(int unit, Period p) {
        return daysToClear(tree.subtree(unit), p);
    }

    private long value(IncidentMeasure m, IntStream units, Period p, int category) {
        String code = taxonomy.category(category).code();
        Stream<Incident> ofCategory = at(units).filter(i -> i.category().equals(code));
        Predicate<Incident> occurredIn = i -> p.contains(i.occurredOn());
        return switch (m) {
            case COUNT -> ofCategory.filter(occurredIn).count();
            case CRIMINAL -> ofCategory.filter(occurredIn).filter(Incident::criminal).count();
            case REPEAT_CALLS -> ofCategory.filter(occurredIn).filter(Incident::repeatCall).count();
            case CLEARED -> ofCategory.filter(occurredIn)
                    .filter(i -> i.clearedOn().filter(d -> !d.isAfter(p.end())).isPresent()).count();
            case LOSS_FEN -> ofCategory.filter(occurredIn).mapToLong(i -> i.loss().fen()).sum();
            case RECOVERED_FEN -> ofCategory.filter(occurredIn).mapToLong(i -> i.recovered().fen()).sum();
            case CLEARANCES -> ofCategory.filter(i -> i.clearedOn().filter(p::contains).isPresent()).count();
        };
    }

    private DayDistribution daysToClear(IntStream units, Period p) {
        return DayDistribution.ofValues(at(units)
                .filter(i -> i.clearedOn().filter(p::contains).isPresent())
                .mapToInt(i -> (int) ChronoUnit.DAYS.between(i.occurredOn(), i.clearedOn().orElseThrow()))
                .toArray());
    }
}
