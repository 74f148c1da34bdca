/**
 * Reading and writing data directories: {@link org.communitysafety.core.io.DatasetReader}
 * validates every row against the rules of the interchange format and reports each problem
 * as data ({@link org.communitysafety.core.io.Problem}: file, line, column, value, reason);
 * {@link org.communitysafety.core.io.DatasetWriter} writes a data set back, as CSV or in another
 * {@link org.communitysafety.core.io.DatasetWriter.Format}.
 *
 * <p>The books always balance: for every file, rows read = rows accepted + rows rejected, and
 * every rejected row is kept with its fields as read ({@link
 * org.communitysafety.core.io.RejectedRow}). Strict reading (the default) loads nothing when
 * anything is wrong; lenient reading loads the good rows. Either way the outcome is a
 * {@link org.communitysafety.core.io.ReadOutcome}: objects ({@code ReadResult}) or column stores
 * ({@code ColumnarReadResult}).
 *
 * <h2>How a reading is put together</h2>
 * <ul>
 *   <li>{@code RowFiles} finds each kind's file — {@code incidents.csv}, or when there is none a
 *       file of a registered format ({@code incidents.jsonl}) — or takes the source in memory,
 *       and keeps the books of one thread;</li>
 *   <li>{@code TableReader} maps a file's header to its {@code Schema} and hands each well-formed
 *       row to a validator ({@code RowContext}, {@link org.communitysafety.core.io.FieldValues}
 *       for dates, counts and amounts);</li>
 *   <li>{@code ReferenceFiles} reads the taxonomy and the jurisdiction tree first, with the rules
 *       that need a whole file; {@code DatasetReader} then reads populations and the three record
 *       files, side by side on three threads, into objects or column stores; {@code DateInterner}
 *       shares date instances (80,000 slots, 1970–2189).</li>
 * </ul>
 *
 * <h2>Formats</h2>
 * Rows come from a {@link org.communitysafety.core.io.RowSource}: CSV ({@code io.csv}, no
 * dependency), or any format registered as a {@link org.communitysafety.core.io.RowSourceProvider}
 * with {@link java.util.ServiceLoader} — JSON Lines in {@code io.json} (Jackson, optional) — or
 * Tablesaw tables passed in memory from {@code io.tablesaw} (optional). This package names none
 * of the format packages (an architecture test per slice says so): a provider whose library is
 * missing says so, and the file gets a {@code Problem} instead of a {@code NoClassDefFoundError}.
 * All formats go through the same validation, so a problem reads the same whatever the format.
 *
 * <p>{@link org.communitysafety.core.io.JsonWriter} writes JSON without any library, byte for
 * byte as Jackson's generator does (the shortest decimal of a double, JDK 17 included); the
 * indicators write their results and reports with it. Every number written as text here is
 * formatted with {@code Locale.ROOT} or {@code toString}, never the default locale.
 *
 * <p>Memory: files are streamed; the accepted records are kept as objects (about 200–300 bytes
 * per incident with shared unit, category and date instances), or, read columnar, in the column
 * stores of the aggregation core (about 16 bytes per incident).
 */
package org.communitysafety.core.io;
