/**
 * Excel workbooks ({@code .xlsx}) as rows, read with the JDK alone — {@link java.util.zip.ZipFile}
 * and the JDK's StAX parser ({@code javax.xml.stream}) for the small parts, a scanner of its own
 * for the sheets ({@code SheetScanner}: StAX took most of the time of reading a large sheet) — so
 * that {@code csi-core} keeps no third-party runtime dependency. {@link org.communitysafety.core.io.xlsx.XlsxProvider} registers
 * the {@code xlsx} extension with {@link org.communitysafety.core.io.DatasetReader}
 * ({@code incidents.xlsx} is read when there is no {@code incidents.csv});
 * {@link org.communitysafety.core.io.xlsx.XlsxWorkbook} opens any sheet by name, for a workbook
 * that holds one kind of record per sheet ({@code incidents} or {@code 警情}).
 *
 * <h2>Streaming and memory</h2>
 * Opening reads only {@code workbook.xml}, the relationships and {@code styles.xml} (one boolean
 * per cell style). A sheet's XML is streamed: one row at a time into one reused array, so a
 * million-row sheet costs what a ten-row one does, plus the shared strings. Those are read once
 * per workbook, when the first sheet is opened, into one {@code byte[]} (one byte a character
 * for a string in Latin-1, two for one in Chinese) with one {@code int} offset per string,
 * instead of about 60 bytes of objects per short string (a million distinct 10-character ids:
 * 17 MB, not 60 MB; measured).
 *
 * <h2>Which row is the header</h2>
 * Leading blank rows and title rows (a merged "2024 年警情统计" banner) are skipped: the header
 * is the first row, among the first 30 non-empty ones, with a cell that is a column name or an
 * alias ({@code 所属单位}), compared as {@link org.communitysafety.core.io.RowSource#normaliseName}
 * does. When no row is, the first non-empty row is the header, and the reader reports the columns
 * missing. A sheet without a non-empty row is an empty file. Blank rows — every cell empty, as
 * formatted rows below the data often are — are skipped, not counted as rows.
 *
 * <h2>Rows and cells</h2>
 * {@code line()} is the Excel row number ({@code r} of {@code <row>}), so a problem names the row
 * a user sees in Excel; rows and cells may be sparse, missing cells are {@code ""}. A row has as
 * many fields as the header up to its last named cell; a row with a value further right keeps it,
 * and the reader reports the extra field. Cells become the text a CSV cell would hold:
 * <ul>
 *   <li>shared, inline and formula strings as they are (rich text runs joined, phonetic runs
 *       left out); numbers stored as text stay text ({@code 00123}), and so does a time typed as
 *       text ({@code 24:61}), for the reader's rules to judge;</li>
 *   <li>numbers as the shortest decimal that reads back as the same double, without exponent or
 *       trailing {@code .0}: {@code 1}, {@code 12.5}, {@code 10000000};</li>
 *   <li>numbers in a date-formatted cell (built-in formats 14–22, 27–36, 45–47, 50–58, or a custom
 *       format with {@code y m d h s} outside quotes and brackets; {@code [h]:mm} durations are
 *       numbers) as {@code 2024-03-07}, {@code 2024-03-07 14:23} or {@code 2024-03-07 14:23:05}
 *       (rounded to the second), in the 1900 date system or the 1904 one when the workbook says
 *       so. Serial 60 of the 1900 system is 1900-02-29, which did not exist: the row is rejected;</li>
 *   <li>booleans as {@code true}/{@code false}; errors as their text ({@code #DIV/0!}), which
 *       the reader's rules reject;</li>
 *   <li>a formula as its cached value; a formula without one rejects the row,
 *       {@code column loss (sheet 警情, cell D12): formula without a cached value (=SUM(D2:D11));
 *       open and save the workbook in Excel}.</li>
 * </ul>
 *
 * <h2>Bad workbooks</h2>
 * Each is one problem for the file, naming it: an OLE2 file (a password-protected workbook is
 * one, and so is an old {@code .xls}) is "password-protected (encrypted) or an old .xls workbook;
 * save it as an unprotected .xlsx"; random bytes, a truncated zip or missing parts are "not a
 * valid .xlsx workbook: ..."; XML that breaks off in a sheet stops that sheet at the row where it
 * broke (the rows before it count). The XML is read without DTDs or external entities: a sheet
 * that declares a DOCTYPE stops before its first row, and a sheet in UTF-16 or another declared
 * encoding is read as it is declared. A part
 * that inflates to more than 1 GiB <em>and</em> more than 100 times its compressed size is
 * refused as a zip bomb, whatever its header claims (the bytes are counted as they are read);
 * real sheets compress about 10:1.
 *
 * <h2>Not here</h2>
 * The binary {@code .xlsb} and old {@code .xls} formats, decrypting workbooks, evaluating
 * formulas. A {@code Problem} names file, row and column; the sheet is named in the row errors
 * this package raises, not in the reader's checks of values, since a provider reads one sheet.
 */
package org.communitysafety.core.io.xlsx;
