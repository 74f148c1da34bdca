/**
 * Results as Tablesaw tables, for analysts in JShell and notebooks:
 * {@link org.communitysafety.indicators.interop.tablesaw.ResultsTables#of
 * ResultsTables.of(results)}.
 *
 * <h2>Tablesaw is optional</h2>
 * Tablesaw (0.44, about 43 MB of jars with ICU, Guava and fastutil) is an <em>optional</em>
 * dependency of {@code csi-indicators}: an application that only computes indicators, or writes
 * them as JSON or CSV, does not need it. To use this package, declare
 * {@code tech.tablesaw:tablesaw-core} in your own build. This is the only package of the module
 * that uses Tablesaw (an architecture test says so), so it can become a module of its own later.
 */
package org.communitysafety.indicators.interop.tablesaw;
