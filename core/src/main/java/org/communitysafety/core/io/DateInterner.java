package org.communitysafety.core.io;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Shared date instances by epoch day (0..79,999: 1970..2189), so that a million records do not
 * hold a million copies of a few thousand dates: 80,000 slots of 8 bytes for the dates and as
 * many for their {@code Optional}s, 1.3 MB per reading. Shared by the threads that read the
 * record files; a racy write is harmless, as {@code LocalDate} and {@code Optional} are
 * immutable. Dates outside the range are returned as they are. Package-private.
 */
final class DateInterner {
    private static final int DAYS = 80_000;
    private final LocalDate[] dates = new LocalDate[DAYS];
    @SuppressWarnings("unchecked")
    private final Optional<LocalDate>[] optionals = new Optional[DAYS];

    /** The shared instance equal to {@code d}. */
    LocalDate intern(LocalDate d) {
        long day = d.toEpochDay();
        if (day < 0 || day >= DAYS) {
            return d;
        }
        LocalDate cached = dates[(int) day];
        if (cached == null) {
            dates[(int) day] = d;
            return d;
        }
        return cached;
    }

    /** A shared {@code Optional} of the shared date; empty for null. */
    Optional<LocalDate> optional(LocalDate d) {
        if (d == null) {
            return Optional.empty();
        }
        long day = d.toEpochDay();
        if (day < 0 || day >= DAYS) {
            return Optional.of(d);
        }
        Optional<LocalDate> cached = optionals[(int) day];
        if (cached == null) {
            cached = Optional.of(intern(d));
            optionals[(int) day] = cached;
        }
        return cached;
    }
}
