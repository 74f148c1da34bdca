package org.communitysafety.core.io.csv;

/** Breaks the csv slice rule on purpose, for {@code ArchitectureTest}: CSV parsing that knows about datasets. Not a test. */
@SuppressWarnings("unused")
final class CsvSliceViolator {
    Class<?> problem = org.communitysafety.core.io.Problem.class;
}
