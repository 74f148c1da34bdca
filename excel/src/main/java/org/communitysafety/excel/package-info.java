/**
 * The report and the tidy rows as an Excel workbook: {@link org.communitysafety.excel.ReportWorkbook}.
 *
 * <p>A module of its own because Apache POI is about 15 MB of jars (poi, poi-ooxml, its XML
 * schemas, commons-compress …) that csi-core and csi-indicators should not impose on an
 * application that writes JSON or CSV. The workbook is written with POI's streaming SXSSF: 100
 * rows in memory at a time, the rest flushed to a compressed temporary file, so the 1.5 million
 * tidy rows of a 10-million-incident catalogue (19 columns, about 28 million cells) cost the
 * memory of the {@code Results} already held plus a few megabytes, not the gigabytes an in-memory
 * {@code XSSFWorkbook} would take (roughly 1 KB a cell). A sheet holds at most 1,048,576 rows;
 * longer tidy rows continue on further sheets.
 *
 * <p>The report's tables reach this package as formatted text ({@code Report.Table}); numbers are
 * read back out of them where they plainly are numbers ({@code ReportNumbers}). Typed cells in the
 * report model would spare that step.
 */
package org.communitysafety.excel;
