/**
 * JSON Lines: a data directory's files as {@code .jsonl}, one JSON object per line, instead
 * of CSV — {@link org.communitysafety.core.io.json.JsonLinesWriter} writes them and {@link
 * org.communitysafety.core.io.DatasetReader} reads them ({@link
 * org.communitysafety.core.io.json.JsonLines} is a shortcut). The reader does not know this
 * package: {@link org.communitysafety.core.io.json.JsonLinesProvider} registers the
 * {@code jsonl} format with it as a {@code RowSourceProvider} in
 * {@code META-INF/services}.
 *
 * <h2>Jackson is optional</h2>
 * This is the only package that uses Jackson ({@code jackson-core}, brought by
 * {@code jackson-databind}), an <em>optional</em> dependency of the library: an application
 * that reads and writes only CSV does not need it on its class path. Reading a {@code .jsonl}
 * file without it is a problem saying so ({@code the file cannot be read: reading JSON Lines
 * needs jackson-databind on the class path (com/fasterxml/jackson/core/JsonFactory is
 * missing)}): the provider loads without Jackson and checks for it before opening a file. An
 * architecture test keeps every other package free of {@code com.fasterxml}. (Writing JSON
 * without Jackson, as the indicators do, is {@code io.JsonWriter}.)
 *
 * <h2>Files</h2>
 * The files are named like the CSV files with {@code .jsonl} for {@code .csv}:
 * {@code jurisdictions.jsonl}, {@code incidents.jsonl}, {@code disputes.jsonl},
 * {@code outreach.jsonl}, {@code taxonomy.jsonl}, {@code populations.jsonl}. For each kind the
 * reader takes the CSV file when there is one (warning when both exist) and the JSON Lines
 * file otherwise, so a directory may mix formats. An empty {@code .jsonl} file is valid and has
 * no rows.
 *
 * <h2>Values</h2>
 * The keys are the CSV column names (see {@link org.communitysafety.core.io.DatasetReader}),
 * matched ignoring case; an unknown key is warned about once per file and ignored. Each value
 * becomes the text of a CSV cell and is then checked by the same rules, with the same messages
 * ({@code incidents.jsonl line 3, column cleared_on: 2023-02-30 is not a date}):
 * <ul>
 *   <li>a string as it is: dates {@code "2024-03-07"}, codes {@code "telecom_fraud"};</li>
 *   <li>a number as its literal text: {@code 12.5} and {@code "12.5"} are the same amount,
 *       {@code 3} and {@code "3"} the same count;</li>
 *   <li>{@code true}/{@code false} as those words (and so {@code "是"}/{@code "否"} work as
 *       strings, as in CSV);</li>
 *   <li>{@code null}, or a missing key, as an empty cell;</li>
 *   <li>an array or object rejects the row.</li>
 * </ul>
 * A line that is not a JSON object, or holds bytes invalid in the encoding, rejects that row
 * only; the next line is read. Blank lines are skipped; line numbers are physical lines. The
 * writer uses JSON numbers for numeric columns and booleans for flags, and leaves absent values
 * out.
 */
package org.communitysafety.core.io.json;
