/**
 * The report as a PDF bulletin for A4 ({@code csi report --format pdf}): {@link
 * org.communitysafety.pdf.PdfReport} lays out the report's own HTML with openhtmltopdf on Apache
 * PDFBox, so the PDF is the same document as the HTML: a running header (title: unit and
 * period), "第 1 页，共 7 页" page numbers, table rows never split and headers repeated, charts as
 * PDF vectors (inline SVG through Batik), Chinese text in an embedded TrueType subset.
 *
 * <p>Its own module because of its weight: openhtmltopdf, PDFBox and Batik are 10 MB of
 * jars (PDFBox 3.0, fontbox, Batik 1.17, xmlgraphics-commons and their kin), which csi-indicators' users who
 * want HTML, Markdown or JSON should not carry. The sample city's report (7 A4 pages in Chinese,
 * 8 in English) takes about 10 s from a cold start with {@code csi report} on a
 * busy 2-core machine (reading the sample, class loading, parsing the 16 MB WenQuanYi
 * collection, layout); the PDF is 236 KB (English 172 KB), most of it the font subsets.
 *
 * <p>Fonts ({@link org.communitysafety.pdf.FontLookup}): {@code --font} / {@code withFont},
 * then {@code CSI_FONT}, then system fonts. PDFBox embeds TrueType outlines only, so the Noto
 * Sans CJK and Source Han Sans files (CFF) are refused with a message. No font ships with the
 * module: a full CJK TrueType font is 4 to 17 MB (Droid Sans Fallback, the smallest free one
 * with Apache-2.0 terms, is 4 MB and has no Latin letters), more than the module itself; a subset
 * small enough to ship cannot promise the rare characters of village names; and the machines that
 * print bulletins have a Chinese font (Windows: Microsoft YaHei, SimSun). Where none is found,
 * the error names the fix ({@code apt-get install fonts-wqy-zenhei}, {@code --font}), and every
 * character is checked against the font before layout, so that no PDF is written with boxes.
 */
package org.communitysafety.pdf;
