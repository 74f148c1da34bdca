package org.communitysafety.core.sample;

import java.util.SplittableRandom;

/**
 * What the incident, dispute and outreach models share: the span and the city they make records
 * for, the units' weights, the calendar of (year, month, type) cells each record is drawn from,
 * and the record ids; and the draw of a record's unit — {@value UnitWeights#TOWN_SHARE} of every
 * kind is filed at a town, the rest at a leaf drawn from the kind's own weights.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record made
 */
abstract class RecordModel<T> implements BlockSpliterator.Maker<T> {
    final Span span;
    final SampleCity city;
    final UnitWeights units;
    final CalendarTable calendar;
    final Ids ids;

    RecordModel(Span span, SampleCity city, UnitWeights units, Ids ids, CalendarTable calendar) {
        this.span = span;
        this.city = city;
        this.units = units;
        this.ids = ids;
        this.calendar = calendar;
    }

    /** The unit of the next record: a town, or else a leaf drawn from {@code leaves}. */
    String unit(SplittableRandom rng, AliasTable leaves) {
        return rng.nextDouble() < UnitWeights.TOWN_SHARE
                ? city.townCode(units.towns.sample(rng))
                : city.leafCode(leaves.sample(rng));
    }
}
