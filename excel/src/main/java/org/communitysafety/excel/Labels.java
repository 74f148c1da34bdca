package org.communitysafety.excel;

import org.communitysafety.indicators.phrasing.Language;

/**
 * The workbook's own words (sheet names, the cover's labels), in the report's language; the
 * report's text comes from the report. Immutable.
 */
record Labels(String cover, String title, String subtitle, String unit, String period, String baseline,
        String cutoff, String generated, String issuer, String documentNumber, String issuedOn, String headlines, String rows, String rowsNote,
        String rowsSplit, String none, String figure, String shading) {

    static final Labels ZH = new Labels("封面", "标题", "副标题", "单位代码", "统计期", "对比期", "数据截至", "生成日期",
            "发布单位", "发文字号", "成文日期", "要点", "明细行", "工作表“%s”：%,d行指标值（每行一项：指标、单位、时期、分组），数值为数字。",
            "明细行超过Excel每表1,048,576行的上限，续写在%d个工作表中：%s。", "—", "图（见HTML报告）",
            "着色：显著（*）上升为橙色、显著下降为蓝色，只表示方向，不表示好坏；粗体为落在99.8%控制限之外的单位。");

    static final Labels EN = new Labels("Cover", "Title", "Subtitle", "Unit code", "Period", "Baseline",
            "Data up to", "Generated", "Issued by", "Document number", "Date of issue", "Headlines", "Rows",
            "Sheet '%s': %,d indicator values (a row per indicator, unit, period and group), numbers as numbers.",
            "The rows exceed Excel's limit of 1,048,576 a sheet and continue over %d sheets: %s.", "—",
            "Figure (see the HTML report)",
            "Shading: a significant (*) increase orange, a significant decrease blue, showing direction, not better "
                    + "or worse; bold: a unit outside the 99.8% funnel limits.");

    static Labels of(Language language) {
        return language == Language.ZH ? ZH : EN;
    }
}
