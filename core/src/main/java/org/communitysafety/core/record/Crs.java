package org.communitysafety.core.record;

/**
 * The coordinate reference system an incident's latitude and longitude are given in. The
 * library keeps coordinates as given and never converts between these systems: a GCJ-02 point
 * differs from its WGS-84 position by up to several hundred metres, by an undisclosed formula,
 * and a silent conversion would hide that. Codes and labels are in {@code labels.properties}:
 * {@code wgs84} (also WGS-84, EPSG:4326), {@code gcj02} (GCJ-02, 火星坐标), {@code bd09} (BD-09).
 */
public enum Crs implements Coded {
    /** WGS-84 (EPSG:4326), what GPS gives: the default when a file does not say. */
    WGS84,
    /** GCJ-02, the obfuscated datum of maps published in China (国测局坐标, "Mars coordinates"). */
    GCJ02,
    /** BD-09, Baidu Maps' further offset of GCJ-02. */
    BD09;

    /**
     * The system named by a code, label or synonym (any case): {@code WGS-84}, {@code gcj02},
     * {@code BD-09}.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Crs parse(String text) {
        return Coded.parse(Crs.class, text, "coordinate reference system");
    }
}
