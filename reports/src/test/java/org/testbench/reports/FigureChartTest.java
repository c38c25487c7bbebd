package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;

class FigureChartTest {

    /** Draws a chart as the report does and gives its data area, in points. */
    private static Rectangle2D dataArea(FigureChart figure, JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, figure.area(), info);
        g2.dispose();
        return info.getPlotInfo().getDataArea();
    }

    private static double[] unitsPerPoint(Figure figure) {
        FigureChart chart = new FigureChart(figure);
        JFreeChart built = chart.chart();
        Rectangle2D area = dataArea(chart, built);
        XYPlot plot = built.getXYPlot();
        return new double[] {plot.getDomainAxis().getRange().getLength() / area.getWidth(),
            plot.getRangeAxis().getRange().getLength() / area.getHeight()};
    }

    @Test
    void aSameScaleFigureDrawsAUnitAsLongOnBothAxesAndKeepsItsRanges() {
        Figure scatter = SampleFigures.scatter();
        double[] scale = unitsPerPoint(scatter);

        assertThat(scale[0]).isEqualTo(scale[1], within(scale[1] * 1e-9));
        XYPlot plot = new FigureChart(scatter).chart().getXYPlot();
        assertThat(plot.getDomainAxis().getLowerBound()).isLessThanOrEqualTo(-50);
        assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThanOrEqualTo(50);
        assertThat(plot.getRangeAxis().getLowerBound()).isLessThanOrEqualTo(-50);
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void sameScaleFiguresWithTheSameRangesShareOneScale() {
        Figure.Range range = new Figure.Range(-50, 50);
        Figure other = new Figure("pose-P2-xz", "P2: attained positions, XZ plane", new Figure.Axis("Δx", "µm", range),
                new Figure.Axis("Δz", "µm", range), List.of(new Series("attained positions", Series.Style.POINTS,
                        new double[] {-3, 4, 1}, new double[] {2, -1, 0})), "", true);

        assertThat(unitsPerPoint(other)[0]).isEqualTo(unitsPerPoint(SampleFigures.scatter())[0], within(1e-12));
    }

    @Test
    void barsStandOnZeroAndOtherAxesFitTheData() {
        XYPlot bars = new FigureChart(SampleFigures.spectrum()).chart().getXYPlot();
        XYPlot efficiency = new FigureChart(SampleFigures.efficiencyMap()).chart().getXYPlot();

        assertThat(bars.getRangeAxis().getLowerBound()).isLessThanOrEqualTo(0);
        // η runs from 76 % to 89 %: an axis from zero would flatten the lines.
        assertThat(efficiency.getRangeAxis().getLowerBound()).isGreaterThan(70);
        assertThat(bars.getDatasetCount()).isEqualTo(1);
        assertThat(efficiency.getDatasetCount()).isEqualTo(3);
    }

    @Test
    void barsAtWholeNumbersGetWholeTicks() {
        FigureChart spectrum = new FigureChart(SampleFigures.spectrum());
        JFreeChart chart = spectrum.chart();
        dataArea(spectrum, chart);

        double tick = ((NumberAxis) chart.getXYPlot().getDomainAxis()).getTickUnit().getSize();
        assertThat(tick).isGreaterThanOrEqualTo(1).isEqualTo(Math.rint(tick));
    }

    @Test
    void theLegendListsTheSeriesInTheFiguresOrder() {
        XYPlot plot = new FigureChart(SampleFigures.efficiencyMap()).chart().getXYPlot();

        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(3);
        assertThat(List.of(plot.getLegendItems().get(0).getLabel(), plot.getLegendItems().get(1).getLabel(),
                plot.getLegendItems().get(2).getLabel())).containsExactly("25 Nm", "50 Nm", "75 Nm");
    }

    @Test
    void thePngHasThePrintSizeAndTheSameBytesEveryTime() throws Exception {
        FigureChart chart = new FigureChart(SampleFigures.hysteresis());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));

        assertThat(chart.widthMm()).isEqualTo(180);
        assertThat(image.getWidth()).isEqualTo((int) Math.round(180 / 25.4 * 72 * FigureChart.PIXELS_PER_POINT));
        assertThat(new FigureChart(SampleFigures.scatter()).widthMm()).isEqualTo(88);
        assertThat(chart.png()).isEqualTo(new FigureChart(SampleFigures.hysteresis()).png());
    }

    @Test
    void tickLabelsArePlainDigitsWhateverTheLocaleAndNeverMinusZero() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TickFormat format = new TickFormat();
            assertThat(format.format(0.25)).isEqualTo("0.25");
            assertThat(format.format(-0.0)).isEqualTo("0");
            assertThat(format.format(-2.7e-17)).isEqualTo("0");
            assertThat(format.format(12500)).isEqualTo("12500");
            assertThat(format.format(-0.0005)).isEqualTo("-0.0005");
        } finally {
            Locale.setDefault(before);
        }
    }
}
