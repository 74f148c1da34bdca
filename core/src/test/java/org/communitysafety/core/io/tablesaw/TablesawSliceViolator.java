package org.communitysafety.core.io.tablesaw;

/** Breaks the format-slice rule on purpose, for {@code ArchitectureTest}: the Tablesaw interop reaching into JSON Lines. Not a test. */
@SuppressWarnings("unused")
final class TablesawSliceViolator {
    Class<?> json = org.communitysafety.core.io.json.JsonLines.class;
}
