package org.communitysafety.core.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;

/**
 * A dispute (矛盾纠纷) received for mediation in one jurisdiction unit.
 *
 * <p>Rules checked by the factory: {@code id} and {@code unit} are not blank; a dispute has a
 * {@code closedOn} date if and only if its status is concluded (not {@link DisputeStatus#OPEN});
 * {@code closedOn} is not before {@code receivedOn}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the record's identifier, unique within its file
 * @param unit       the code of the jurisdiction unit that received it
 * @param type       the kind of dispute
 * @param receivedOn the day it was received (受理)
 * @param status     open, resolved (调解成功), failed or referred
 * @param closedOn   the day it was concluded; empty exactly when open
 * @param amount     the amount involved, {@link Money#ZERO} when none is recorded
 * @param source     where it came from (free text: police referral, screening, walk-in ...)
 * @param mediator   who mediates (free text)
 */
public record Dispute(
        String id,
        String unit,
        DisputeType type,
        LocalDate receivedOn,
        DisputeStatus status,
        Optional<LocalDate> closedOn,
        Money amount,
        Optional<String> source,
        Optional<String> mediator) {

    public Dispute {
        Check.notBlank(id, "id");
        Check.notBlank(unit, "unit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mediator, "mediator");
        Check.argument(status.isConcluded() == closedOn.isPresent(),
                status.isConcluded()
                        ? "dispute %s: status %s requires closed_on"
                        : "dispute %s: status %s must not have closed_on",
                id, status.code());
        closedOn.ifPresent(d -> Check.argument(!d.isBefore(receivedOn),
                "dispute %s: closed_on %s is before received_on %s", id, d, receivedOn));
    }

    /** An open dispute with only the required fields. */
    public static Dispute open(String id, String unit, DisputeType type, LocalDate receivedOn) {
        return new Dispute(id, unit, type, receivedOn, DisputeStatus.OPEN, Optional.empty(), Money.ZERO,
                Optional.empty(), Optional.empty());
    }

    /** A concluded dispute with only the required fields. */
    public static Dispute concluded(String id, String unit, DisputeType type, LocalDate receivedOn,
            DisputeStatus status, LocalDate closedOn) {
        return new Dispute(id, unit, type, receivedOn, status, Optional.of(closedOn), Money.ZERO, Optional.empty(),
                Optional.empty());
    }

    /** Whether the dispute is still open on {@code day}: received on or before it, not closed by it. */
    public boolean isOpenOn(LocalDate day) {
        return !receivedOn.isAfter(day) && closedOn.map(c -> c.isAfter(day)).orElse(true);
    }
}
