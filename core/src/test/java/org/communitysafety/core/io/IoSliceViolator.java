package org.communitysafety.core.io;

/**
 * Breaks the io slice rules on purpose, for {@code ArchitectureTest}: {@code core.io} reaching
 * into the format packages, as {@code DatasetReader} once did for JSON Lines. Not a test.
 */
@SuppressWarnings("unused")
final class IoSliceViolator {
    Class<?> json = org.communitysafety.core.io.json.JsonLinesRowSource.class;
    Class<?> table = org.communitysafety.core.io.tablesaw.Tables.class;
}
