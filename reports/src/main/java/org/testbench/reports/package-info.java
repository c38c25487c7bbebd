/**
 * The run report: one self-contained XHTML document ({@link org.testbench.reports.HtmlReport}),
 * printed to PDF from that same document ({@link org.testbench.reports.PdfReport}). The figures the
 * analyses supply as data ({@link org.testbench.standards.figure.Figure}) are drawn by one renderer
 * for both: a PNG data URI in the HTML, vector graphics in the PDF. Fixed labels come from one table
 * ({@link org.testbench.reports.ReportLabel}) in English, Chinese or both
 * ({@link org.testbench.reports.ReportLanguage}).
 *
 * <p>A report is evidence a lab signs, so it is deterministic: the same
 * {@link org.testbench.reports.model.ReportData} renders to the same text, with values printed to a
 * fixed number of decimals per unit, fonts read from files and no generation timestamp, and a
 * regenerated report can be compared with the archived one. All text from the data is escaped,
 * since DUT and rig files are written by people and must not inject markup.
 */
package org.testbench.reports;
