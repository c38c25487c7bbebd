package org.testbench.procedures.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.procedures.Parameters;
import org.testbench.procedures.Procedure;
import org.testbench.procedures.ProcedureFile;
import org.testbench.rigs.Dut;
import org.testbench.rigs.Sample;
import org.testbench.standards.figure.Figure;
import org.testbench.standards.figure.Series;
import org.testbench.standards.geometry.Pose;

class PoseScatterFiguresTest {

    /** Tolerance for deviations of 10 µm taken between positions near 1000 mm: double rounding is ~1e-10 µm. */
    private static final double MICROMETRE_ROUNDING = 1e-6;

    @Test
    void eachPoseIsSeenInTheXyAndXzPlanesAroundItsBarycentreWithItsRplCircle() {
        // P1: four positions 10 µm from (1000, 0, 800) along ±x and ±y: every l_j = 10 µm, S_l = 0, RPl = 10 µm.
        Map<String, List<Pose>> attained = new LinkedHashMap<>();
        attained.put("P1", List.of(Pose.of(1000.010, 0, 800, 0, 0, 0), Pose.of(999.990, 0, 800, 0, 0, 0),
                Pose.of(1000, 0.010, 800, 0, 0, 0), Pose.of(1000, -0.010, 800, 0, 0, 0)));
        attained.put("P2", List.of(Pose.of(850, -160, 640, 0, 0, 0)));
        attained.put("P3", List.of());

        List<Figure> figures = PoseScatterFigures.of(attained);

        assertThat(figures).extracting(Figure::id).containsExactly("pose-scatter-P1-xy", "pose-scatter-P1-xz",
                "pose-scatter-P2-xy", "pose-scatter-P2-xz");
        Figure xy = figures.get(0);
        assertThat(xy.sameScale()).isTrue();
        assertThat(xy.x().unit()).isEqualTo("µm");
        assertThat(xy.y().label()).isEqualTo("Δy");
        Series points = xy.series().get(0);
        assertThat(points.style()).isEqualTo(Series.Style.POINTS);
        assertThat(points.x()).containsExactly(new double[] {10, -10, 0, 0}, within(MICROMETRE_ROUNDING));
        assertThat(points.y()).containsExactly(new double[] {0, 0, 10, -10}, within(MICROMETRE_ROUNDING));
        assertThat(figures.get(1).series().get(0).y()).containsOnly(0.0);
        Series circle = xy.series().get(1);
        assertThat(circle.name()).isEqualTo("RPl = 10.0 µm");
        for (int i = 0; i < circle.size(); i++) {
            assertThat(Math.hypot(circle.x()[i], circle.y()[i])).isCloseTo(10, within(MICROMETRE_ROUNDING));
        }
        assertThat(circle.x()[0]).isEqualTo(circle.x()[circle.size() - 1]);
        // Largest extent 10 µm, with 10 % margin 11 µm: the next of 1, 2, 5 x 10^n is 20 µm, for every view.
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.x().range()).isEqualTo(new Figure.Range(-20, 20));
            assertThat(f.y().range()).isEqualTo(new Figure.Range(-20, 20));
        });
        assertThat(xy.caption()).contains("4 attained positions of P1", "XY plane", "(±20 µm)");
        // One position has no RPl: no circle.
        assertThat(figures.get(2).series()).hasSize(1);
        assertThat(figures.get(2).series().get(0).x()).containsExactly(0.0);
    }

    @Test
    void theIso9283PoseProcedureDrawsItsRepeatabilityOncePerPoseAndView() throws Exception {
        Procedure p = ProcedureFile.load("iso9283-pose");
        Parameters parameters = Parameters.bind(p.parameters(), Map.of("cycles", "2"), "-p");
        List<Sample> samples = new ArrayList<>();
        int cycle = 0;
        for (Map.Entry<String, Pose> pose : p.commandedPoses(parameters).entrySet()) {
            for (int c = 1; c <= 2; c++) {
                Pose at = pose.getValue();
                samples.addAll(measurement(pose.getKey(), ++cycle, at.position().x() + 0.001 * c,
                        at.position().y(), at.position().z(), at.a(), at.b(), at.c()));
            }
        }
        Dut dut = new Dut("M", "R", "S", "", "dut.yaml", "", "", Map.of());

        List<Figure> figures = ProcedureAnalysis.figures(p, parameters, dut, samples);

        // pose-accuracy supplies none, pose-repeatability two per pose, in the procedure's pose order.
        assertThat(figures).extracting(Figure::id).containsExactly("pose-scatter-P1-xy", "pose-scatter-P1-xz",
                "pose-scatter-P2-xy", "pose-scatter-P2-xz", "pose-scatter-P3-xy", "pose-scatter-P3-xz",
                "pose-scatter-P4-xy", "pose-scatter-P4-xz", "pose-scatter-P5-xy", "pose-scatter-P5-xz");
        // Two positions 1 µm apart along x: ±0.5 µm from the barycentre, RPl = 0.5 µm.
        assertThat(figures.get(0).series().get(0).x()).containsExactly(new double[] {-0.5, 0.5}, within(1e-6));
        assertThat(figures.get(0).series().get(1).name()).isEqualTo("RPl = 0.5 µm");
    }

    private static List<Sample> measurement(String pose, int cycle, double... xyzabc) {
        List<Sample> samples = new ArrayList<>();
        String[] names = {"x", "y", "z", "a", "b", "c"};
        for (int i = 0; i < 6; i++) {
            samples.add(new Sample(Instant.ofEpochSecond(100 + cycle, i), "tracker", names[i], xyzabc[i],
                    i < 3 ? "mm" : "deg", true, Map.of("pose", pose, "cycle", String.valueOf(cycle))));
        }
        return samples;
    }
}
