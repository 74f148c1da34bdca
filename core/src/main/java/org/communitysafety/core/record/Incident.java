package org.communitysafety.core.record;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.communitysafety.core.lang.Check;

/**
 * An incident (警情 / 案件): a call for police or a case, in one jurisdiction unit.
 *
 * <p>Rules checked by the factory: {@code id}, {@code unit} and {@code category} are not
 * blank; {@code reportedOn} and {@code clearedOn}, when present, are not before
 * {@code occurredOn} (when both days carry a time, the reported time is not before the
 * occurrence time either); a reported time only with a reported day. That {@code unit} names a
 * jurisdiction and {@code category} a taxonomy category is checked by the reader against the
 * data set, not here.
 *
 * <p>Times and places are optional and never made up: a day without a time has an empty
 * {@code occurredTime}. An incident placed in a grid (网格) has the grid's code as its
 * {@code unit}. The eleven-component constructor and {@link #of} give an incident without times
 * or place.
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
 * @param occurredTime the time of day it happened, if the data gave one
 * @param reportedTime the time of day it was reported, if the data gave one (only with {@code reportedOn})
 * @param coordinates  where it happened, if the data gave it
 * @param address      the address as written (发案地址), if given; not blank
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
        IncidentSource source,
        Optional<LocalTime> occurredTime,
        Optional<LocalTime> reportedTime,
        Optional<Coordinates> coordinates,
        Optional<String> address) {

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
        Objects.requireNonNull(occurredTime, "occurredTime");
        Objects.requireNonNull(reportedTime, "reportedTime");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(address, "address");
        Check.argument(reportedTime.isEmpty() || reportedOn.isPresent(),
                "incident %s: a reported time needs a reported_on day", id);
        address.ifPresent(a -> Check.notBlank(a, "address"));
        reportedOn.ifPresent(d -> Check.argument(!d.isBefore(occurredOn),
                "incident %s: reported_on %s is before occurred_on %s", id, d, occurredOn));
        if (occurredTime.isPresent() && reportedTime.isPresent() && reportedOn.get().equals(occurredOn)) {
            Check.argument(!reportedTime.get().isBefore(occurredTime.get()),
                    "incident %s: reported at %s %s, before it occurred at %s", id, occurredOn, reportedTime.get(),
                    occurredTime.get());
        }
        clearedOn.ifPresent(d -> Check.argument(!d.isBefore(occurredOn),
                "incident %s: cleared_on %s is before occurred_on %s", id, d, occurredOn));
    }

    /** An incident without times or place: the eleven fields of the original record. */
    public Incident(String id, String unit, String category, LocalDate occurredOn, Optional<LocalDate> reportedOn,
            Optional<LocalDate> clearedOn, boolean criminal, boolean repeatCall, Money loss, Money recovered,
            IncidentSource source) {
        this(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss, recovered, source,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
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
                recovered, source, occurredTime, reportedTime, coordinates, address);
    }

    /** A copy reported on {@code day} (with no reported time). */
    public Incident withReportedOn(LocalDate day) {
        return new Incident(id, unit, category, occurredOn, Optional.of(day), clearedOn, criminal, repeatCall, loss,
                recovered, source, occurredTime, Optional.empty(), coordinates, address);
    }

    /** A copy with the repeat-call flag set as given. */
    public Incident withRepeatCall(boolean repeat) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeat, loss, recovered,
                source, occurredTime, reportedTime, coordinates, address);
    }

    /** A copy with the given loss and recovered amounts. */
    public Incident withLoss(Money loss, Money recovered) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss,
                recovered, source, occurredTime, reportedTime, coordinates, address);
    }

    /** A copy with the given source. */
    public Incident withSource(IncidentSource source) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss,
                recovered, source, occurredTime, reportedTime, coordinates, address);
    }

    /** A copy that occurred at {@code time} on its day. */
    public Incident withOccurredTime(LocalTime time) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss,
                recovered, source, Optional.of(time), reportedTime, coordinates, address);
    }

    /** A copy reported on {@code day} at {@code time}. */
    public Incident withReported(LocalDate day, LocalTime time) {
        return new Incident(id, unit, category, occurredOn, Optional.of(day), clearedOn, criminal, repeatCall, loss,
                recovered, source, occurredTime, Optional.of(time), coordinates, address);
    }

    /** A copy at these coordinates. */
    public Incident withCoordinates(Coordinates at) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss,
                recovered, source, occurredTime, reportedTime, Optional.of(at), address);
    }

    /** A copy with this address. */
    public Incident withAddress(String text) {
        return new Incident(id, unit, category, occurredOn, reportedOn, clearedOn, criminal, repeatCall, loss,
                recovered, source, occurredTime, reportedTime, coordinates, Optional.of(text));
    }

    /** The minute of the day it occurred, 0 to 1439, or -1 when the data gave no time. */
    public int occurredMinuteOfDay() {
        return occurredTime.map(t -> t.getHour() * 60 + t.getMinute()).orElse(-1);
    }

    /**
     * The reporting delay in whole minutes, when both the occurrence and the report carry a
     * time: the minutes from occurred day and time to reported day and time, each taken to the
     * minute (seconds dropped), so 14:23:59 to 14:24:00 is 1 minute. Empty without a reported
     * day or without either time — a delay in days alone is not a delay in minutes.
     */
    public OptionalLong reportingDelayMinutes() {
        if (occurredTime.isEmpty() || reportedTime.isEmpty()) {
            return OptionalLong.empty();
        }
        long days = ChronoUnit.DAYS.between(occurredOn, reportedOn.get());
        int from = occurredMinuteOfDay();
        int to = reportedTime.get().getHour() * 60 + reportedTime.get().getMinute();
        return OptionalLong.of(days * 1440 + to - from);
    }
}
