package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Vector3;

class TestCubeTest {

    private final TestCube cube = new TestCube(new Vector3(1000, 0, 800), 400, MeasuringPlane.C1_C2_C7_C8);

    @Test
    void cornersOfAHandComputedCube() {
        assertThat(cube.corners()).containsExactly(
                new Vector3(800, -200, 600), new Vector3(1200, -200, 600),
                new Vector3(1200, 200, 600), new Vector3(800, 200, 600),
                new Vector3(800, -200, 1000), new Vector3(1200, -200, 1000),
                new Vector3(1200, 200, 1000), new Vector3(800, 200, 1000));
        assertThat(cube.diagonal()).isCloseTo(692.8203230275509, within(1e-9));
    }

    @Test
    void posesOfAHandComputedCube() {
        // Diagonals of C1-C2-C7-C8 run C1 <-> C7 and C2 <-> C8, each step 0.1 * (±400, ±400, ±400):
        // P2 = C1 + 0.1 (C7 - C1) = (800, -200, 600) + (40, 40, 40)
        // P3 = C2 + 0.1 (C8 - C2) = (1200, -200, 600) + (-40, 40, 40)
        // P4 = C7 + 0.1 (C1 - C7) = (1200, 200, 1000) + (-40, -40, -40)
        // P5 = C8 + 0.1 (C2 - C8) = (800, 200, 1000) + (40, -40, -40)
        Map<String, Vector3> poses = cube.poses();
        assertThat(poses.keySet()).containsExactly("P1", "P2", "P3", "P4", "P5");
        assertVector(poses.get("P1"), 1000, 0, 800);
        assertVector(poses.get("P2"), 840, -160, 640);
        assertVector(poses.get("P3"), 1160, -160, 640);
        assertVector(poses.get("P4"), 1160, 160, 960);
        assertVector(poses.get("P5"), 840, 160, 960);
        assertThat(poses.get("P2").distanceTo(cube.corner(1))).isCloseTo(0.1 * cube.diagonal(), within(1e-9));
    }

    @Test
    void oppositePosesAreSymmetricAboutP1() {
        for (MeasuringPlane plane : MeasuringPlane.values()) {
            Map<String, Vector3> poses = new TestCube(new Vector3(500, -300, 700), 250, plane).poses();
            Vector3 p1 = poses.get("P1");
            assertVector(poses.get("P2").plus(poses.get("P4")).times(0.5), p1.x(), p1.y(), p1.z());
            assertVector(poses.get("P3").plus(poses.get("P5")).times(0.5), p1.x(), p1.y(), p1.z());
        }
    }

    @Test
    void everyMeasuringPlaneIsAnAByASqrt2Rectangle() {
        double a = 400;
        for (MeasuringPlane plane : MeasuringPlane.values()) {
            List<Integer> k = plane.corners();
            Vector3 p = cube.corner(k.get(0)), q = cube.corner(k.get(1));
            Vector3 r = cube.corner(k.get(2)), s = cube.corner(k.get(3));
            assertThat(p.distanceTo(q)).as(plane.label()).isCloseTo(a, within(1e-9));
            assertThat(q.distanceTo(r)).as(plane.label()).isCloseTo(a * Math.sqrt(2), within(1e-9));
            assertThat(r.distanceTo(s)).as(plane.label()).isCloseTo(a, within(1e-9));
            assertThat(s.distanceTo(p)).as(plane.label()).isCloseTo(a * Math.sqrt(2), within(1e-9));
            // Opposite sides parallel and a right angle at q make it a (planar) rectangle.
            assertVector(q.minus(p).plus(s.minus(r)), 0, 0, 0);
            Vector3 u = q.minus(p), v = r.minus(q);
            assertThat(u.x() * v.x() + u.y() * v.y() + u.z() * v.z()).as(plane.label()).isCloseTo(0, within(1e-9));
            assertThat(p.distanceTo(r)).isCloseTo(cube.diagonal(), within(1e-9));
        }
    }

    @Test
    void diagonalFractionOutsideTheToleranceIsRejected() {
        assertThat(cube.poses(0.12).get("P2").distanceTo(cube.corner(1))).isCloseTo(0.12 * cube.diagonal(), within(1e-9));
        assertThatThrownBy(() -> cube.poses(0.2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.2");
    }

    @Test
    void badCornersAndEdgesAreRejected() {
        assertThatThrownBy(() -> cube.corner(9)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C9");
        assertThatThrownBy(() -> new TestCube(Vector3.ZERO, 0, MeasuringPlane.C1_C2_C7_C8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("edge");
    }

    @Test
    void planeLabelsParseBack() {
        for (MeasuringPlane plane : MeasuringPlane.values()) {
            assertThat(MeasuringPlane.parse(plane.label())).isEqualTo(plane);
        }
        assertThat(MeasuringPlane.C2_C3_C8_C5.label()).isEqualTo("C2-C3-C8-C5");
        assertThat(MeasuringPlane.parse(" c4-c1-c6-c7 ")).isEqualTo(MeasuringPlane.C4_C1_C6_C7);
        assertThatThrownBy(() -> MeasuringPlane.parse("C1-C2-C3-C4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("C1-C2-C3-C4")
                .hasMessageContaining("C1-C2-C7-C8, C2-C3-C8-C5, C3-C4-C5-C6, C4-C1-C6-C7");
    }

    private static void assertVector(Vector3 v, double x, double y, double z) {
        assertThat(v.x()).isCloseTo(x, within(1e-9));
        assertThat(v.y()).isCloseTo(y, within(1e-9));
        assertThat(v.z()).isCloseTo(z, within(1e-9));
    }
}
