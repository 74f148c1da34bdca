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
 *   <li>{@code TableReader} maps a file's header to its {@code Schema} once per file and hands
 *       each well-formed row to a validator ({@code RowContext}, {@link
 *       org.communitysafety.core.io.FieldValues} for dates, counts and amounts; a date outside
 *       {@link org.communitysafety.core.io.ReadOptions#firstDate()} to its last date, a year
 *       after today by default, is a row error);</li>
 *   <li>{@code ReferenceFiles} reads the taxonomy, the jurisdiction tree and the populations
 *       first, with the rules that need a whole file; {@code DatasetReader} then reads the three
 *       record files, side by side on three threads, into objects or column stores, with the row
 *       rules they share in {@code RecordRules} and the incidents' own (grid, coordinates, times)
 *       in {@code IncidentRules}; {@code DateInterner} shares date instances (80,000 slots,
 *       1970–2189).</li>
 * </ul>
 *
 * <h2>Exports as they are</h2>
 * A column may be headed by its English name or by the Chinese headings of common exports
 * ({@code 所属单位}, {@code 发案时间}, {@code 受理时间} — per kind of file: it is
 * {@code reported_on} for incidents, {@code received_on} for disputes), listed as data in
 * {@code headers.properties} beside {@code Schema}, about 70 names. The header is resolved once
 * per file, so the rows cost nothing more; two columns naming one field are an error naming
 * both. Values are resolved as they are read, each with one hash look-up in a map that holds
 * codes, labels and synonyms together ({@link org.communitysafety.core.taxonomy.Taxonomy#resolve},
 * {@code Coded.parse}): a file of codes pays what it paid before. A unit is looked up by code,
 * and only when no unit has that code by its name, which must be unique in the tree
 * ({@code UnitNames}).
 *
 * <h2>Exports as they are not: mapping profiles</h2>
 * What no built-in heading covers — a file named otherwise, a column headed otherwise, labels
 * an export writes its own way, dates in a pattern of its own — a {@link
 * org.communitysafety.core.io.MappingProfile} says ({@code ReadOptions.withMapping}). It is
 * applied by {@code MappedRowSource}, a wrapper between the opened source and the
 * {@code TableReader}: the header is renamed once per file, and each mapped cell costs one hash
 * look-up, made once per row; a file the profile does not touch is not wrapped. The rejects keep
 * the file's own fields. A problem that repeats on many rows (the same column, value and reason)
 * is booked once with its count and first lines ({@code RepeatedProblems}: one map entry per
 * distinct problem), so an unmapped label in a million rows is one line, not a million.
 * {@link org.communitysafety.core.io.Inspection} reads an unknown export and proposes a profile
 * ({@code csi inspect}).
 *
 * <h2>Encodings</h2>
 * Files are read as UTF-8 (a byte-order mark is skipped) unless {@link
 * org.communitysafety.core.io.ReadOptions} names another charset; {@code gbk} reads as GB18030,
 * its superset. A file in the wrong encoding is one problem, not one a row: when bytes that are
 * not valid UTF-8 look like GBK/GB18030, the reader reports the line and byte where it first saw
 * them with the advice ({@code incidents.csv line 2: not valid UTF-8 at byte 29 (bytes B0 B8);
 * the file looks like GBK/GB18030: read it with encoding gbk; the file was not read from this
 * line on}) and stops reading that file. The books treat it as they treat a file that cannot be
 * read part-way: its summary counts the rows before that line (read = accepted + rejected still
 * holds), the rows from there on are not read and so not counted, and the error fails a strict
 * reading like any other; a lenient one keeps the rows before it. Decoding bytes costs nothing
 * more on the default path: the test is made once, at the first bad byte.
 *
 * <p>With {@code ReadOptions.withEncoding("auto")} each file's first 64 KiB choose its
 * encoding — a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), else valid UTF-8, else valid
 * GB18030, else UTF-8 ({@code io.csv.CharsetDetector}) — and the choice is a note in the report
 * ({@link org.communitysafety.core.io.Severity#INFO}: {@code incidents.csv: read as GB18030
 * (detected)}), neither an error nor a warning. That is one extra read of at most 64 KiB a file,
 * only when asked for.
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
 * <h2>The fast path of plain files</h2>
 * A record file read columnar that is <i>plain</i> — a CSV file in UTF-8 whose quotes, if any, are
 * around whole fields with no line break inside (a quote inside doubled), with no CR but before LF
 * and no line over a megabyte, read without a mapping profile's section — is read from its bytes
 * ({@code PlainCsv}): one parallel pass ({@code PlainScan}) checks that it is plain and hashes
 * each line's id, then 2 MB chunks split at line ends are parsed on every core and taken in file
 * order. A row in a spelling the fast path reads ({@code PlainFields}: {@code 2024-03-18} and the
 * other date forms, perhaps with a time such as {@code 9:05}, {@code 14:05:30} or {@code 14时05分},
 * {@code 1150.00}, {@code true}, codes, labels and unit names as the tree and taxonomy spell them)
 * goes straight to the column store;
 * every other row — another spelling, a problem, a warning — is handed to the general path as its
 * fields, which makes the messages, so the outcome is the same either way (differential tests
 * over every kind of deviation, and the 10M city byte for byte). Only ids whose hash more than one
 * line has are looked up ({@code IdIndex}), in file order; all others are unique. A file that is
 * not plain is read wholly by the general path, never half and half. 10M incidents read in about
 * 6 s instead of 21 (benchmarks/README.md).
 *
 * <p>Memory: files are streamed; the accepted records are kept as objects (about 200–300 bytes
 * per incident with shared unit, category and date instances), or, read columnar, in the column
 * stores of the aggregation core (about 16 bytes per incident).
 */
package org.communitysafety.core.io;
