package org.testbench.reports;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.testbench.standards.figure.Figure;

/**
 * The figures section: each figure numbered, with its title, the plot and its caption. The plot is
 * an {@code <object>} that {@link PdfFigureDrawer} draws as vector graphics in the PDF, holding the
 * same plot as a PNG data URI that a browser shows in its place. Same-scale figures take half the
 * width, two to a row, so the two views of one pose sit side by side.
 */
final class FigureSection {

    private FigureSection() {
    }

    /**
     * Writes the figures, or says there are none.
     *
     * @param html     the document being written
     * @param figures  the figures, in report order
     * @param language the language of the labels
     */
    static void write(Markup html, List<Figure> figures, ReportLanguage language) {
        if (figures.isEmpty()) {
            html.element("p", language.text(ReportLabel.NO_FIGURES));
            return;
        }
        int i = 0;
        while (i < figures.size()) {
            FigureChart chart = new FigureChart(figures.get(i));
            if (!chart.half()) {
                figure(html, figures.get(i), chart, ++i, language);
                continue;
            }
            // A row of its own per pair of half-width figures, so a page breaks between rows, never in one.
            html.open("div", "class", "figure-row");
            figure(html, figures.get(i), chart, ++i, language);
            if (i < figures.size() && figures.get(i).sameScale()) {
                figure(html, figures.get(i), new FigureChart(figures.get(i)), ++i, language);
            }
            html.close();
        }
    }

    private static void figure(Markup html, Figure figure, FigureChart chart, int number, ReportLanguage language) {
        String size = String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm;", chart.widthMm(), chart.heightMm());
        html.open("div", "class", chart.half() ? "figure half" : "figure", "id", "figure-" + number)
                .open("p", "class", "figure-title")
                .element("span", language.format(ReportLabel.FIGURE, number), "class", "figure-number")
                .text(" " + figure.title())
                .close()
                .open("object", "type", PdfFigureDrawer.TYPE, PdfFigureDrawer.NUMBER, String.valueOf(number),
                        "style", size)
                .empty("img", "src", "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()),
                        "alt", figure.title(), "style", size)
                .close();
        if (!figure.caption().isBlank()) {
            html.element("p", figure.caption(), "class", "caption");
        }
        html.close();
    }
}
