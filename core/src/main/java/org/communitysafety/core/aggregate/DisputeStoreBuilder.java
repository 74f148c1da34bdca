package org.communitysafety.core.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import org.communitysafety.core.jurisdiction.JurisdictionTree;
import org.communitysafety.core.record.Dispute;
import org.communitysafety.core.record.DisputeStatus;
import org.communitysafety.core.record.DisputeType;

/**
 * Builds a {@link RecordStore} of disputes, keeping {@link Dispute}'s rule: a dispute has days
 * to close if and only if its status is a conclusion (not {@link DisputeStatus#OPEN}). Its
 * columns: code {@code status} (a {@link DisputeStatus} ordinal) and value {@code close_delay}
 * (days from received to closed, at most 65,534, or {@link #OPEN}); its amount is the amount
 * involved. Made by {@link RecordStore#disputeBuilder}.
 *
 * <p>Not thread-safe.
 */
public final class DisputeStoreBuilder extends RecordStore.Builder<DisputeMeasure> {
    /** The {@code close_delay} of a dispute that is still open. */
    public static final int OPEN = 0xFFFF;
    /** The {@code status} code column and the {@code close_delay} value column. */
    static final int STATUS = 0;
    static final int CLOSE_DELAY = 0;
    static final int STATUS_OPEN = DisputeStatus.OPEN.ordinal();
    static final int STATUS_RESOLVED = DisputeStatus.RESOLVED.ordinal();
    private static final DisputeStatus[] STATUS_VALUES = DisputeStatus.values();

    DisputeStoreBuilder(JurisdictionTree tree) {
        super(RecordKind.DISPUTES, tree);
    }

    /** Appends a dispute, looking up its unit. */
    public DisputeStoreBuilder add(Dispute d) {
        Objects.requireNonNull(d, "dispute");
        long receivedDay = d.receivedOn().toEpochDay();
        long delay = d.closedOn().isPresent() ? d.closedOn().get().toEpochDay() - receivedDay : -1;
        return add(tree.indexOf(d.unit()), d.type().ordinal(), receivedDay, d.status().ordinal(), delay,
                d.amount().fen());
    }

    /** Appends a dispute given by its unit's dense index; {@code closedOn} is null exactly when open. */
    public DisputeStoreBuilder add(int unitIndex, DisputeType type, LocalDate receivedOn, DisputeStatus status,
            LocalDate closedOn, long amountFen) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(status, "status");
        long day = receivedOn.toEpochDay();
        long delay = closedOn == null ? -1 : closedOn.toEpochDay() - day;
        return add(unitIndex, type.ordinal(), day, status.ordinal(), delay, amountFen);
    }

    /**
     * Appends a dispute: the hot path for readers. {@code typeIndex} and {@code statusIndex}
     * are {@link DisputeType} and {@link DisputeStatus} ordinals; {@code closeDelayDays} is the
     * number of days from received to closed, or -1 when open (and only then).
     */
    public DisputeStoreBuilder add(int unitIndex, int typeIndex, long receivedEpochDay, int statusIndex,
            long closeDelayDays, long amountFen) {
        checkRow(unitIndex, typeIndex, "dispute type", receivedEpochDay, "received day");
        if (statusIndex < 0 || statusIndex >= STATUS_VALUES.length) {
            throw new IllegalArgumentException("dispute status index " + statusIndex + " is outside 0.."
                    + (STATUS_VALUES.length - 1));
        }
        if (closeDelayDays < -1 || closeDelayDays >= OPEN) {
            throw new IllegalArgumentException("days to close must be -1 (open) or 0.." + (OPEN - 1) + ", got "
                    + closeDelayDays);
        }
        if ((statusIndex == STATUS_OPEN) != (closeDelayDays == -1)) {
            throw new IllegalArgumentException(statusIndex == STATUS_OPEN
                    ? "an open dispute must not have days to close, got " + closeDelayDays
                    : "a dispute with status " + STATUS_VALUES[statusIndex].code() + " must have days to close");
        }
        if (amountFen < 0) {
            throw new IllegalArgumentException("an amount must not be negative, got " + amountFen + " fen");
        }
        int row = append(unitIndex, typeIndex, receivedEpochDay, amountFen);
        code(STATUS, row, statusIndex);
        value(CLOSE_DELAY, row, closeDelayDays < 0 ? OPEN : (int) closeDelayDays);
        return this;
    }
}
