package org.communitysafety.core.io;

import java.util.Optional;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.record.Coordinates;
import org.communitysafety.core.record.Crs;

/**
 * The rules of an incidents row that other records do not have: its grid below its unit, its
 * coordinates and their reference system, its report not before its occurrence (to the minute
 * when both carry a time) and the reporting delay the store keeps. Stateless; package-private.
 */
final class IncidentRules {
    private IncidentRules() {}

    /**
     * The index of the grid a row names in {@code column}, which must be a unit at level
     * grid below the row's unit {@code unitIndex}; -1 with the problem recorded otherwise.
     */
    static int gridIndex(JurisdictionTree tree, UnitNames names, RowContext row, int column, String text,
            int unitIndex, String unitText) {
        int g = names.index(row, column, text);
        if (g < 0) {
            return -1;
        }
        if (tree.unit(g).level() != Level.GRID) {
            row.error(column, text, text + " is a " + tree.unit(g).level().code() + ", not a grid");
            return -1;
        }
        if (!tree.isInSubtree(g, unitIndex) || g == unitIndex) {
            row.error(column, text, "grid " + text + " is not in unit " + unitText);
            return -1;
        }
        return g;
    }

    /**
     * The coordinates of a row: null when it gives none or they are bad (the problem
     * recorded): latitude in −90..90, longitude in −180..180, both or neither, and a known crs.
     */
    static Coordinates coordinates(RowContext row, int latitude, int longitude, int crs) {
        Double lat = row.signedDecimalOptional(latitude);
        Double lon = row.signedDecimalOptional(longitude);
        Crs system = Crs.WGS84;
        Optional<String> crsText = row.optional(crs);
        if (crsText.isPresent()) {
            try {
                system = Crs.parse(crsText.get());
            } catch (IllegalArgumentException e) {
                row.error(crs, crsText.get(), e.getMessage());
                return null;
            }
        }
        boolean latGiven = !row.raw(latitude).isBlank();
        boolean lonGiven = !row.raw(longitude).isBlank();
        if (latGiven != lonGiven) {
            int missing = latGiven ? longitude : latitude;
            row.error(missing, "", (latGiven ? "latitude" : "longitude") + " is given without "
                    + row.name(missing) + "; give both or neither");
            return null;
        }
        boolean ok = true;
        if (lat != null && (lat < -90 || lat > 90)) {
            row.error(latitude, row.raw(latitude), "latitude " + row.raw(latitude).strip()
                    + " is outside -90..90 degrees");
            ok = false;
        }
        if (lon != null && (lon < -180 || lon > 180)) {
            row.error(longitude, row.raw(longitude), "longitude " + row.raw(longitude).strip()
                    + " is outside -180..180 degrees");
            ok = false;
        }
        return ok && lat != null && lon != null ? new Coordinates(lat, lon, system) : null;
    }

    /**
     * Minutes from occurrence to report when both carry a time (each to the minute); -1
     * otherwise. {@link Incident#reportingDelayMinutes()} is the same figure.
     */
    static long reportingDelayMinutes(FieldValues.DateTime occurred, FieldValues.DateTime reported) {
        if (reported == null || occurred.time().isEmpty() || reported.time().isEmpty()) {
            return -1;
        }
        return (reported.date().toEpochDay() - occurred.date().toEpochDay()) * 1440 + reported.minuteOfDay()
                - occurred.minuteOfDay();
    }

    /**
     * reported_on is not before occurred_on: compared as days, and when both carry a time and
     * fall on the same day, as times.
     */
    static void reportedNotBefore(RowContext row, int column, FieldValues.DateTime reported,
            FieldValues.DateTime occurred) {
        if (reported == null) {
            return;
        }
        if (reported.date().isBefore(occurred.date())) {
            RecordRules.notBefore(row, column, reported.date(), "occurred_on", occurred.date());
        } else if (reported.date().equals(occurred.date()) && reported.time().isPresent()
                && occurred.time().isPresent() && reported.time().get().isBefore(occurred.time().get())) {
            row.error(column, row.raw(column), row.name(column) + " " + reported + " is before occurred_on "
                    + occurred);
        }
    }
}
