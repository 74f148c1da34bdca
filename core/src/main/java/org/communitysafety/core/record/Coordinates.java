package org.communitysafety.core.record;

import java.util.Locale;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * Where an incident happened, as latitude and longitude in degrees, in the reference system the
 * data gave ({@link Crs}; kept as given, never converted). Column stores keep microdegrees
 * (10⁻⁶°, about 0.11 m), so a position survives a store to six decimal places.
 *
 * <p>Immutable and thread-safe.
 *
 * @param latitude  degrees north, −90 to 90
 * @param longitude degrees east, −180 to 180
 * @param crs       the reference system
 */
public record Coordinates(double latitude, double longitude, Crs crs) {
    public Coordinates {
        Objects.requireNonNull(crs, "crs");
        Check.argument(latitude >= -90 && latitude <= 90, "latitude %s is outside -90..90", latitude);
        Check.argument(longitude >= -180 && longitude <= 180, "longitude %s is outside -180..180", longitude);
    }

    /** A WGS-84 position. */
    public static Coordinates of(double latitude, double longitude) {
        return new Coordinates(latitude, longitude, Crs.WGS84);
    }

    /** The latitude in microdegrees, rounded: what a column store keeps. */
    public int latitudeMicro() {
        return (int) Math.round(latitude * 1e6);
    }

    /** The longitude in microdegrees, rounded: what a column store keeps. */
    public int longitudeMicro() {
        return (int) Math.round(longitude * 1e6);
    }

    /** {@code 30.274100,120.155100 (gcj02)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6f,%.6f (%s)", latitude, longitude, crs.code());
    }
}
