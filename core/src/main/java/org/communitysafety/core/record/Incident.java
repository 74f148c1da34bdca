package org.communitysafety.core.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.communitysafety.core.lang.Check;

/**
 * An incident (警情 / 案件): a call for police or a case, in one jurisdiction unit.
 *
 * <p>Rules checked by the factory: {@code id}, {@code unit} and {@code category} are not
 * blank; {@code reportedOn} and {@code clearedOn}, when present, are not before
 * {@code occurredOn}. That {@code unit} names a jurisdiction and {@code category} a taxonomy
 * category is checked by the reader against the data set, not here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the record's identifier, unique within its file
 * @param unit        the code of the jurisdiction unit where it happened
 * @param category    the taxonomy category code, e.g. {@code telecom_fraud}
 * @param occurredOn  the day it happened
 * @param reportedOn  the day it was reported, if known
 * @param clearedOn   the day it was cleared (破获), empty while not cleared
 * @param criminal    whether it is a criminal case (by default the category's classification)
 * @param repeatCall  whether it repeats an earlier call (重复报警)
 * @param loss        the loss, {@link Money#ZERO} when none is recorded
 * @param recovered   the value recovered, {@link Money#ZERO} when none is recorded
 * @param source      how it came to attention
 */
public record Incident(
        String id,
        String unit,
        String category,
        LocalDate occurredOn,
        Optional<LocalDate> reportedOn,
        Optional<LocalDate> clearedOn,
        boolean criminal,
        boolean repeatCall,
        Money loss,
        Money recovered,
        IncidentSource source) {

    public Incident {
        Check.notBlank(id, "id");
        Check.notBlank(unit, "unit");
        Check.notBlank(category, "category");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(clearedOn, "clearedOn");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(recovered, "recovered");
        Objects.requireNonNull(source, "source");
        reportedOn.ifPresent(d -> Check.argument(!d.isBefore(occurredOn),
                "incident %s: reported_on %s is before occurred_on %s", id, d, occurredOn));
        clearedOn.ifPresent(d -> Check.argument(!d.isBefore(occurredOn),
                "incident %s: cleared_on %s is before occurred_on %s", id, d, occurredOn));
    }

    /**
     * An incident with only the required fields: not reported separately, not cleared, no
     * loss, source unspecified.
     */
    public static Incident of(String id, String unit, String category, LocalDate occurredOn, boolean criminal) {
        return new Incident(id, unit, category, occurredOn, Optional.empty(), Optional.empty(), criminal,
                false, Money.ZERO, Money.ZERO, IncidentSource.UNSPECIFIED);
    }

    /** Whether the incident has been cleared. */
    public boolean isCleared() {
        return clearedOn.isPresent();
    }

    /** A copy cleared on {@code day}. */
    public Incident withClearedOn(LocalDate day) {
        return new Incident(id, unit, category, occurredOn, reportedOn, Optional.of(day), criminal, repeatCall, loss,
                recovered, source);
    }

    /** A copy reported on {@code day}. */
    public Incident withReportedOn(LocalDate day) {
        return new Incident(id, unit, category, occurredOn, Optional.of(day), clearedOn, criminal, repeatCall, loss,
                recovered, source);
    }

    /** A copy with the repeat-call flag set as given. */
    public Incident withRepeatCall(boolean repeat) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeat, loss, recovered,
                source);
    }

    /** A copy with the given loss and recovered amounts. */
    public Incident withLoss(Money loss, Money recovered) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss,
                recovered, source);
    }

    /** A copy with the given source. */
    public Incident withSource(IncidentSource source) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss,
                recovered, source);
    }
}
