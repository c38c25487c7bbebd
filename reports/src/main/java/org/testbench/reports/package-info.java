/**
 * The run report: one self-contained XHTML document ({@link org.testbench.reports.HtmlReport}),
 * printed to PDF from that same document ({@link org.testbench.reports.PdfReport}), with the
 * repeatability plot embedded as a PNG data URI ({@link org.testbench.reports.PoseScatterPlot}).
 *
 * <p>A report is evidence a lab signs, so it is deterministic: the same
 * {@link org.testbench.reports.model.ReportData} renders to the same text, with values printed to a
 * fixed number of decimals per unit and no generation timestamp, and a regenerated report can be
 * compared with the archived one. All text from the data is escaped, since DUT and rig files are
 * written by people and must not inject markup.
 */
package org.testbench.reports;
