package org.communitysafety.core.io.json;

/** Breaks the format-slice rule on purpose, for {@code ArchitectureTest}: JSON Lines reaching into the Tablesaw interop. Not a test. */
@SuppressWarnings("unused")
final class JsonSliceViolator {
    Class<?> tables = org.communitysafety.core.io.tablesaw.Tables.class;
}
