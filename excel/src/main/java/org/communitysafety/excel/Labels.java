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
            "着色：与HTML报告相同，浅绿色表示显著（*）向好（如发案显著下降、破案率显著上升，或万人发案率低于99.8%控制下限），浅橙红色表示显著变差；受理纠纷数等无所谓好坏的指标不着色。");

    static final Labels EN = new Labels("Cover", "Title", "Subtitle", "Unit code", "Period", "Baseline",
            "Data up to", "Generated", "Issued by", "Document number", "Date of issue", "Headlines", "Rows",
            "Sheet '%s': %,d indicator values (a row per indicator, unit, period and group), numbers as numbers.",
            "The rows exceed Excel's limit of 1,048,576 a sheet and continue over %d sheets: %s.", "—",
            "Figure (see the HTML report)",
            "Shading, as in the HTML report: green, significantly (*) better (such as significantly fewer incidents, "
                    + "a significantly higher clearance rate, or a rate per 10,000 below the 99.8% funnel limit); "
                    + "vermilion, significantly worse. Indicators that are neither better nor worse for rising, such "
                    + "as disputes received, are not shaded.");

    static Labels of(Language language) {
        return language == Language.ZH ? ZH : EN;
    }
}
