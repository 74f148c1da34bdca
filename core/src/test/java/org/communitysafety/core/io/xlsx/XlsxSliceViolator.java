package org.communitysafety.core.io.xlsx;

/**
 * Breaks the xlsx rules on purpose, for {@code ArchitectureTest}: the JDK-only workbook reader
 * reaching into the JSON Lines package and into Apache POI (on the test class path only). Not a test.
 */
@SuppressWarnings("unused")
final class XlsxSliceViolator {
    Class<?> json = org.communitysafety.core.io.json.JsonLinesRowSource.class;
    Class<?> poi = org.apache.poi.xssf.usermodel.XSSFWorkbook.class;
}
