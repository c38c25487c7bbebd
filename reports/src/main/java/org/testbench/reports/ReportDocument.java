package org.testbench.reports;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.figure.Figure;

/**
 * A report as {@link HtmlReport} renders it: the XHTML a browser opens, plus what printing that same
 * document to PDF needs besides its text ({@link PdfReport}): the figures, which the PDF draws as
 * vector graphics where the XHTML holds their PNG, and the language, which decides the fonts embedded.
 *
 * @param xhtml    the document, well-formed XML
 * @param figures  the figures its {@code <object>} elements number, in report order; copied
 * @param language the language of its labels
 */
public record ReportDocument(String xhtml, List<Figure> figures, ReportLanguage language) {

    /** Checks every field is present and copies the figures. */
    public ReportDocument {
        Objects.requireNonNull(xhtml, "xhtml");
        figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
        Objects.requireNonNull(language, "language");
    }
}
