/**
 * Tablesaw interop: a data set as {@link tech.tablesaw.api.Table Tablesaw tables} with typed
 * columns and the CSV column names, for exploring and summarising records in a dataframe, and
 * tables back into a data set, validated by exactly the rules and messages used for files. See
 * {@link org.communitysafety.core.io.tablesaw.Tables}.
 *
 * <p>Tablesaw is an <em>optional</em> dependency of the library — {@code tablesaw-core} and
 * what it brings weigh about 43 MB of jars — and this is the only package that uses it (an
 * architecture test keeps {@code tech.tablesaw} out of every other package). Applications that
 * do not call this package need not have Tablesaw on their class path; those that do add
 * {@code tech.tablesaw:tablesaw-core} to their own dependencies.
 */
package org.communitysafety.core.io.tablesaw;
