package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.OutreachSession;
import org.communitysafety.core.record.OutreachType;

/**
 * Builds a {@link RecordStore} of outreach sessions: eight counts a session ({@code staff,
 * volunteers, audience, households, hazards_found, hazards_fixed, leads, frauds_stopped}, each 0
 * to {@link Integer#MAX_VALUE}, hazards fixed never more than hazards found) and the loss
 * avoided as the amount. Made by {@link RecordStore#outreachBuilder}.
 *
 * <p>Not thread-safe.
 */
public final class OutreachStoreBuilder extends RecordStore.Builder<OutreachMeasure> {
    OutreachStoreBuilder(JurisdictionTree tree) {
        super(RecordKind.OUTREACH, tree);
    }

    /** Appends a session, looking up its unit. */
    public OutreachStoreBuilder add(OutreachSession s) {
        Objects.requireNonNull(s, "session");
        return add(tree.indexOf(s.unit()), s.type().ordinal(), s.heldOn().toEpochDay(), s.staff(), s.volunteers(),
                s.audience(), s.households(), s.hazardsFound(), s.hazardsFixed(), s.leads(), s.fraudsStopped(),
                s.lossAvoided().fen());
    }

    /** Appends a session given by its unit's dense index, with only a type, a day and an audience. */
    public OutreachStoreBuilder add(int unitIndex, OutreachType type, LocalDate heldOn, long audience) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(heldOn, "heldOn");
        return add(unitIndex, type.ordinal(), heldOn.toEpochDay(), 0, 0, audience, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Appends a session: the hot path for readers. {@code typeIndex} is an {@link OutreachType}
     * ordinal; every count must be 0 to {@link Integer#MAX_VALUE}, and hazards fixed must not
     * exceed hazards found.
     */
    public OutreachStoreBuilder add(int unitIndex, int typeIndex, long heldEpochDay, long staff, long volunteers,
            long audience, long households, long hazardsFound, long hazardsFixed, long leads, long fraudsStopped,
            long lossAvoidedFen) {
        checkRow(unitIndex, typeIndex, "outreach type", heldEpochDay, "day");
        checkCount(staff, "staff");
        checkCount(volunteers, "volunteers");
        checkCount(audience, "audience");
        checkCount(households, "households");
        checkCount(hazardsFound, "hazards_found");
        checkCount(hazardsFixed, "hazards_fixed");
        checkCount(leads, "leads");
        checkCount(fraudsStopped, "frauds_stopped");
        if (hazardsFixed > hazardsFound) {
            throw new IllegalArgumentException("hazards_fixed (" + hazardsFixed + ") must not exceed hazards_found ("
                    + hazardsFound + ")");
        }
        if (lossAvoidedFen < 0) {
            throw new IllegalArgumentException("loss_avoided must not be negative, got " + lossAvoidedFen + " fen");
        }
        int row = append(unitIndex, typeIndex, heldEpochDay, lossAvoidedFen);
        value(0, row, (int) staff);
        value(1, row, (int) volunteers);
        value(2, row, (int) audience);
        value(3, row, (int) households);
        value(4, row, (int) hazardsFound);
        value(5, row, (int) hazardsFixed);
        value(6, row, (int) leads);
        value(7, row, (int) fraudsStopped);
        return this;
    }

    private static void checkCount(long value, String name) {
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be 0.." + Integer.MAX_VALUE
                    + " (a store holds each count as an int), got " + value);
        }
    }
}
