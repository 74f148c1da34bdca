package org.communitysafety.core.record;

import java.time.LocalDate;
import java.util.Objects;
import org.communitysafety.core.lang.Check;

/**
 * An outreach session (宣传 / 走访 / 巡逻): an anti-fraud talk, a door-to-door visit, a patrol
 * and so on, held in one jurisdiction unit.
 *
 * <p>Rules checked by the factory: {@code id} and {@code unit} are not blank; every count is
 * zero or more; {@code hazardsFixed} does not exceed {@code hazardsFound}, so that the hazard
 * rectification rate is a proportion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id            the record's identifier, unique within its file
 * @param unit          the code of the jurisdiction unit where it was held
 * @param type          the kind of session
 * @param heldOn        the day it was held
 * @param staff         police staff taking part
 * @param volunteers    volunteers taking part
 * @param audience      people reached, in person-times (人次)
 * @param households    households visited
 * @param hazardsFound  safety hazards found (排查隐患)
 * @param hazardsFixed  of those, hazards put right (整改)
 * @param leads         leads passed on
 * @param fraudsStopped frauds dissuaded (劝阻)
 * @param lossAvoided   losses avoided, {@link Money#ZERO} when none is recorded
 */
public record OutreachSession(
        String id,
        String unit,
        OutreachType type,
        LocalDate heldOn,
        long staff,
        long volunteers,
        long audience,
        long households,
        long hazardsFound,
        long hazardsFixed,
        long leads,
        long fraudsStopped,
        Money lossAvoided) {

    public OutreachSession {
        Check.notBlank(id, "id");
        Check.notBlank(unit, "unit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(lossAvoided, "lossAvoided");
        Check.nonNegative(staff, "staff");
        Check.nonNegative(volunteers, "volunteers");
        Check.nonNegative(audience, "audience");
        Check.nonNegative(households, "households");
        Check.nonNegative(hazardsFound, "hazards_found");
        Check.nonNegative(hazardsFixed, "hazards_fixed");
        Check.nonNegative(leads, "leads");
        Check.nonNegative(fraudsStopped, "frauds_stopped");
        Check.argument(hazardsFixed <= hazardsFound,
                "outreach %s: hazards_fixed (%d) must not exceed hazards_found (%d)", id, hazardsFixed, hazardsFound);
    }

    /** A session with only the required fields; every count zero. */
    public static OutreachSession of(String id, String unit, OutreachType type, LocalDate heldOn) {
        return new OutreachSession(id, unit, type, heldOn, 0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO);
    }
}
