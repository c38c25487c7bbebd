package org.testbench.reports;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.testbench.standards.figure.Figure;
import org.w3c.dom.Element;

/**
 * Draws the report's figures into the PDF as vector graphics. The XHTML holds each figure as an
 * {@code <object type="}{@value #TYPE}{@code " data-figure="N">} whose fallback content, the PNG a
 * browser shows, openhtmltopdf skips; in its place this drawer hands {@link FigureChart} a
 * Graphics2D that writes PDF paths and text (a form XObject, no image), so lines stay sharp at any
 * zoom and the axis labels can be searched and copied.
 */
final class PdfFigureDrawer implements FSObjectDrawer {

    /** The object type of a figure in the XHTML. */
    static final String TYPE = "application/x-testbench-figure";

    /** The attribute holding the figure's number, counted from 1 in report order. */
    static final String NUMBER = "data-figure";

    private final List<Figure> figures;

    private PdfFigureDrawer(List<Figure> figures) {
        this.figures = figures;
    }

    /**
     * @param figures the document's figures, in report order
     * @return a factory giving the figures' objects to this drawer
     */
    static DefaultObjectDrawerFactory factory(List<Figure> figures) {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, new PdfFigureDrawer(List.copyOf(figures)));
        return factory;
    }

    /** @throws IllegalArgumentException when the object names no figure of the document */
    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        FigureChart chart = new FigureChart(figure(e.getAttribute(NUMBER)));
        float widthPx = (float) (width / dotsPerPixel);
        float heightPx = (float) (height / dotsPerPixel);
        Rectangle2D area = chart.area();
        outputDevice.drawWithGraphics((float) x, (float) y, widthPx, heightPx, g2 -> {
            // The graphics count CSS pixels (96 per inch), the figure's layout points: fit one to the other.
            g2.scale(widthPx / area.getWidth(), heightPx / area.getHeight());
            chart.draw(g2);
        });
        return null;
    }

    private Figure figure(String number) {
        try {
            return figures.get(Integer.parseInt(number) - 1);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the document has " + figures.size() + " figures, no figure '"
                    + number + "'", e);
        }
    }
}
