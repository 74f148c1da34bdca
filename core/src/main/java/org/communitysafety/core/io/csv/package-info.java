/**
 * Streaming CSV: {@link org.communitysafety.core.io.csv.CsvParser} reads one record at a time
 * into a reusable {@link org.communitysafety.core.io.csv.CsvRow}, {@link
 * org.communitysafety.core.io.csv.CsvWriter} writes records, and {@link
 * org.communitysafety.core.io.csv.DecodingReader} decodes bytes while recording invalid ones;
 * {@link org.communitysafety.core.io.csv.CharsetDetector} chooses a file's encoding from its
 * first 64 KiB when asked to ({@code --encoding auto}).
 *
 * <p>Hand-written rather than borrowed because the readers of incident, dispute and outreach
 * files need three things libraries give poorly: the physical line number of every record
 * (quoted fields may span lines), decoding errors reported on the record where they occur
 * instead of silent mojibake (with a hint when a file is really GBK), and speed on files of
 * millions of rows (a 64 KiB buffer, a state machine, no regexes, no whole-file strings).
 *
 * <p>Rules (RFC 4180): separator {@code ,}; fields may be quoted with {@code "}, inside which
 * {@code ""} is a quote and commas and line breaks are text; LF, CRLF and lone CR end a record;
 * a last line without a line break is a record; empty lines are skipped but counted; nothing
 * is trimmed; a leading byte-order mark is skipped. An unclosed quote or text after a closing
 * quote throws {@link org.communitysafety.core.io.csv.CsvFormatException}; invalid bytes flag
 * the record ({@link org.communitysafety.core.io.csv.CsvRow#hasDecodingError()}) and parsing
 * goes on.
 */
package org.communitysafety.core.io.csv;
