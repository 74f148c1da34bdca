package org.communitysafety.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.communitysafety.core.io.MappingProfile;
import org.communitysafety.core.io.ReadOptions;

/**
 * The {@link ReadOptions} that matter to rows already decoded, as a serialisable value for the
 * executors: the mapping profile in its own file format ({@link MappingProfile#toString()}
 * reads back equal with {@link MappingProfile#parse}) and the date window, its last date fixed
 * on the driver so that every executor checks against the same day. Rows are always read
 * leniently on the executors: every row is validated and the bad ones are returned, never
 * dropped. Immutable; package-private.
 */
record ShippedOptions(String mappingName, String mappingText, LocalDate firstDate, LocalDate lastDate)
        implements Serializable {

    static ShippedOptions of(ReadOptions options, LocalDate today) {
        MappingProfile m = options.mapping();
        return new ShippedOptions(m.name(), m.toString(), options.firstDate(), options.lastDateOn(today));
    }

    /** The options the executors read with: lenient, this mapping and date window. */
    ReadOptions toReadOptions() {
        MappingProfile mapping = mappingText.isEmpty() || MappingProfile.none().toString().equals(mappingText)
                ? MappingProfile.none() : MappingProfile.parse(mappingName, mappingText);
        return new ReadOptions(StandardCharsets.UTF_8, true, false, mapping, firstDate, lastDate);
    }
}
