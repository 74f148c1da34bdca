package org.communitysafety.indicators.phrasing;

import java.util.Objects;
import org.communitysafety.core.jurisdiction.Level;
import org.communitysafety.core.lang.Check;

/** The whole sentences of {@link Phrasing}, worded by its {@link Wording}. Stateless and thread-safe. */
final class Sentences {

    private Sentences() {}

    static String disputesResolved(Phrasing p, long received, long resolved) {
        counts(received, resolved, "resolved");
        if (received == 0) {
            return p.text("disputes.resolved.none");
        }
        return p.text("disputes.resolved", "received", p.count(received, Measure.DISPUTES),
                "resolved", p.count(resolved, Measure.DISPUTES), "resolvedCount", p.count(resolved),
                "rate", p.percent(resolved, received));
    }

    static String disputesConcluded(Phrasing p, long received, long concluded, Measure measure) {
        Objects.requireNonNull(measure, "measure");
        counts(received, concluded, "concluded");
        if (received == 0) {
            return p.text("disputes.concluded.none", "measure", measure.word(p.language(), 0));
        }
        return p.text("disputes.concluded", "received", p.count(received, measure),
                "rate", p.percent(concluded, received));
    }

    static String zeroIncidentShare(Phrasing p, String scope, long zeroUnits, long units) {
        Check.notBlank(scope, "scope");
        Check.argument(units > 0, "a zero-incident share needs at least one village or community, got %d", units);
        Check.argument(zeroUnits >= 0 && zeroUnits <= units,
                "zero-incident units (%d) must be between 0 and the units (%d)", zeroUnits, units);
        return p.text("zero.share", "scope", scope, "share", p.percent(zeroUnits, units));
    }

    /**
     * The scope word for a unit: by its name where the name says what it is (a county 县, a
     * street 街道, a township 乡 share the levels of 区 and 镇: {@code scope.bySuffix} in the
     * wording), else by its level.
     */
    static String scope(Phrasing p, Level level, String name) {
        if (level != Level.VILLAGE && level != Level.GRID) {
            for (String entry : p.words().list("scope.bySuffix")) {
                int colon = entry.indexOf(':');
                if (colon > 0 && name.endsWith(entry.substring(0, colon))) {
                    return entry.substring(colon + 1);
                }
            }
        }
        return scope(p, level);
    }

    static String scope(Phrasing p, Level level) {
        Objects.requireNonNull(level, "level");
        if (level == Level.VILLAGE || level == Level.GRID) {
            throw new IllegalArgumentException("a zero-incident share is over the villages and communities below a"
                    + " unit; a " + level.code() + " has none");
        }
        return p.text("scope." + level.name());
    }

    static String outreach(Phrasing p, String activity, long sessions, long audience) {
        Check.notBlank(activity, "activity");
        Check.nonNegative(sessions, "sessions");
        Check.nonNegative(audience, "audience");
        return p.text("outreach", "activity", activity, "sessions", p.count(sessions, Measure.SESSIONS),
                "sessionCount", p.count(sessions), "audience", p.count(audience, Measure.PERSON_TIMES));
    }

    static String fraudsStopped(Phrasing p, long frauds, long lossAvoidedYuan) {
        Check.nonNegative(frauds, "frauds");
        Check.nonNegative(lossAvoidedYuan, "lossAvoidedYuan");
        return p.text("frauds", "frauds", p.count(frauds, Measure.FRAUDS), "fraudCount", p.count(frauds),
                "fraudWord", Measure.FRAUDS.word(p.language(), frauds),
                "loss", p.count(lossAvoidedYuan, Measure.YUAN));
    }

    private static void counts(long received, long part, String partName) {
        Check.nonNegative(received, "received");
        Check.nonNegative(part, partName);
        Check.argument(part <= received, "%s (%d) must not exceed received (%d)", partName, part, received);
    }
}
