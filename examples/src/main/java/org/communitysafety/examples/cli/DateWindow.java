package org.communitysafety.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.communitysafety.core.io.ReadOptions;
import picocli.CommandLine;

/**
 * {@code --dates FIRST..LAST}: the window of plausible dates, outside which a date is a row error
 * ({@link ReadOptions#withDateWindow}); by default 1949-10-01 to one year after the day of reading.
 *
 * @param first the first date accepted
 * @param last  the last date accepted, not before {@code first}
 */
record DateWindow(LocalDate first, LocalDate last) {
    static final String HELP = "The dates accepted, FIRST..LAST (e.g. 2000-01-01..2030-12-31); a date outside is a"
            + " row error, far more likely a typo than a record (default: 1949-10-01 to one year after today).";

    /** {@code options} with this window. */
    ReadOptions applyTo(ReadOptions options) {
        return options.withDateWindow(first, last);
    }

    /** Parses {@code 2000-01-01..2030-12-31}. */
    static final class Converter implements CommandLine.ITypeConverter<DateWindow> {
        @Override
        public DateWindow convert(String value) {
            int dots = value.indexOf("..");
            if (dots < 0) {
                throw new CommandLine.TypeConversionException("--dates must be FIRST..LAST, e.g."
                        + " 2000-01-01..2030-12-31, not '" + value + "'");
            }
            LocalDate first = date(value.substring(0, dots).strip(), value);
            LocalDate last = date(value.substring(dots + 2).strip(), value);
            if (last.isBefore(first)) {
                throw new CommandLine.TypeConversionException("--dates " + value + ": " + last + " is before " + first);
            }
            return new DateWindow(first, last);
        }

        private static LocalDate date(String text, String value) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("--dates " + value + ": '" + text
                        + "' is not a date written yyyy-mm-dd");
            }
        }
    }
}
