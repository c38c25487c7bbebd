package org.testbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.testbench.reports.model.PoseScatter;
import org.testbench.reports.model.ReportData;
import org.testbench.standards.Result;
import org.testbench.standards.geometry.Vector3;

class PoseScatterPlotTest {

    private static final Vector3 CENTRE = new Vector3(1000, 0, 800);

    private static PoseScatter scatter(String pose, Vector3... deviationsMm) {
        return new PoseScatter(pose, CENTRE, List.of(deviationsMm).stream().map(CENTRE::plus).toList());
    }

    private static Result rpl(String pose, double mm) {
        return Result.judged("ISO 9283", "7.2.2", "RPl", pose, mm, "mm", null);
    }

    @Test
    void halfRangeIsARoundNumberHoldingEveryDeviationAndCircleWithAMargin() {
        PoseScatter spread = scatter("P1", new Vector3(0.023, 0, 0), new Vector3(0, -0.010, 0.004));
        assertThat(PoseScatterPlot.halfRange(List.of(spread), Map.of())).isEqualTo(50.0);
        assertThat(PoseScatterPlot.halfRange(List.of(spread), Map.of("P1", 46.0))).isEqualTo(100.0);
        assertThat(PoseScatterPlot.halfRange(List.of(scatter("P2", new Vector3(0, 0, -0.0042))), Map.of()))
                .isEqualTo(5.0);
        assertThat(PoseScatterPlot.halfRange(List.of(scatter("P2", new Vector3(0.0008, 0, 0))), Map.of()))
                .isEqualTo(1.0, within(1e-12));
        assertThat(PoseScatterPlot.halfRange(List.of(scatter("P3", new Vector3(0, 0.0011, 0))), Map.of()))
                .isEqualTo(2.0, within(1e-12));
        assertThat(PoseScatterPlot.halfRange(List.of(scatter("P3", Vector3.ZERO)), Map.of())).isEqualTo(1.0);
    }

    @Test
    void rplInMillimetresOfTheSamePoseSetsTheCircle() {
        PoseScatter p1 = scatter("P1", new Vector3(0.005, 0, 0));
        PoseScatterPlot plot = PoseScatterPlot.of(List.of(p1), List.of(rpl("P1", 0.036), rpl("P2", 0.4)));

        assertThat(plot.halfRangeMicrometres()).isEqualTo(50.0);
    }

    @Test
    void panelDataAreaIsSquareSoBothAxesHaveOneScale() {
        PoseScatter p1 = scatter("P1", new Vector3(0.01, 0.02, -0.01));
        PoseScatterPlot plot = PoseScatterPlot.of(List.of(p1), List.of());
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        plot.panelChart(p1, PoseScatterPlot.Plane.XZ).draw(g2, PoseScatterPlot.panelArea(), info);
        g2.dispose();

        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        assertThat(dataArea.getWidth()).isGreaterThan(80).isEqualTo(dataArea.getHeight(), within(1e-9));
    }

    @Test
    void pngHasThePrintSizeAndShowsPointsAndTheRplCircle() throws Exception {
        ReportData data = SampleReports.report();
        PoseScatterPlot plot = PoseScatterPlot.of(data.scatters(), data.results());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(plot.png()));

        assertThat(plot.widthMm()).isCloseTo(180.0, within(0.5));
        assertThat(image.getWidth()).isEqualTo((int) Math.round(plot.widthMm() / 25.4 * 72 * 4));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(plot.heightMm() / 25.4 * 72 * 4));
        assertThat(countPixels(image, new Color(0x1f, 0x5f, 0xa8))).isGreaterThan(1000);
        assertThat(countPixels(image, new Color(0xb3, 0x00, 0x1b))).isGreaterThan(1000);
    }

    @Test
    void renderingIsDeterministic() {
        ReportData data = SampleReports.report();
        PoseScatterPlot plot = PoseScatterPlot.of(data.scatters(), data.results());

        assertThat(plot.png()).isEqualTo(PoseScatterPlot.of(data.scatters(), data.results()).png());
    }

    @Test
    void refusesAnEmptyPlot() {
        assertThatThrownBy(() -> PoseScatterPlot.of(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no poses");
    }

    private static int countPixels(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) < 24
                        && Math.abs(pixel.getGreen() - colour.getGreen()) < 24
                        && Math.abs(pixel.getBlue() - colour.getBlue()) < 24) {
                    count++;
                }
            }
        }
        return count;
    }
}
