/**
 * Reading and writing data directories: {@link org.communitysafety.core.io.DatasetReader}
 * validates every row against the rules of the interchange format and reports each problem
 * as data ({@link org.communitysafety.core.io.Problem}: file, line, column, value, reason);
 * {@link org.communitysafety.core.io.DatasetWriter} writes a data set back.
 *
 * <p>The books always balance: for every file, rows read = rows accepted + rows rejected, and
 * every rejected row is kept with its fields as read ({@link
 * org.communitysafety.core.io.RejectedRow}). Strict reading (the default) loads nothing when
 * anything is wrong; lenient reading loads the good rows.
 *
 * <p>Rows come from a {@link org.communitysafety.core.io.RowSource}: CSV here, JSON Lines in
 * {@code io.json} (Jackson, optional), Tablesaw tables in {@code io.tablesaw} (optional). All
 * go through the same validation, so a problem reads the same whatever the format. Memory:
 * files are streamed; the accepted records are kept as objects (about 200–300 bytes per
 * incident with shared unit, category and date instances); the columnar store of the
 * aggregation core will not need them.
 */
package org.communitysafety.core.io;
