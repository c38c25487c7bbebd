package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.device.PathType;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

class CommandedPathTest {

    private static final Pose START = Pose.of(1000, 0, 800, 180, 0, 0);

    @Test
    void aLineInterpolatesPositionAndOrientationAndEndsExactlyOnItsTarget() {
        Pose end = Pose.of(1000, 300, 400, 180, 0, 30);
        CommandedPath line = CommandedPath.line(START, end);

        assertThat(line.length()).isCloseTo(500, within(1e-12));
        assertThat(line.position(250)).satisfies(p -> {
            assertThat(p.y()).isCloseTo(150, within(1e-12));
            assertThat(p.z()).isCloseTo(600, within(1e-12));
        });
        assertThat(line.tangent(100)).isEqualTo(new Vector3(0, 0.6, -0.8));
        assertThat(line.pose(250).c()).isCloseTo(15, within(1e-9));
        assertThat(line.pose(500)).isSameAs(end);
        assertThat(line.pose(0)).isSameAs(START);
        assertThat(CommandedPath.line(START, START).length()).isZero();
    }

    @Test
    void twoArcsThroughViaAndEndPointsMakeACircle() {
        // the circle of radius 200 about (800, 0, 800) in the plane z = 800
        List<Pose> points = List.of(Pose.of(800, 200, 800, 180, 0, 0), Pose.of(600, 0, 800, 180, 0, 0),
                Pose.of(800, -200, 800, 180, 0, 0), START);
        CommandedPath circle = CommandedPath.of(PathType.CIRCULAR, START, points);

        assertThat(circle.length()).isCloseTo(2 * Math.PI * 200, within(1e-9));
        for (double s = 0; s < circle.length(); s += 37) {
            assertThat(circle.position(s).distanceTo(new Vector3(800, 0, 800))).isCloseTo(200, within(1e-9));
            assertThat(circle.tangent(s).dot(circle.position(s).minus(new Vector3(800, 0, 800)))).isCloseTo(0, within(1e-9));
        }
        assertThat(circle.position(Math.PI * 100).distanceTo(new Vector3(800, 200, 800))).isCloseTo(0, within(1e-9));
        assertThat(circle.tangent(0).y()).as("towards the via point").isCloseTo(1, within(1e-12));
        assertThat(circle.farthestFromOrigin()).isCloseTo(new Vector3(1000, 0, 800).norm(), within(1e-9));
    }

    @Test
    void threePointsOnALineMakeNoArc() {
        assertThatThrownBy(() -> CommandedPath.of(PathType.CIRCULAR, START,
                List.of(Pose.of(900, 0, 800, 0, 0, 0), Pose.of(800, 0, 800, 0, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lie on one line");
        assertThatThrownBy(() -> CommandedPath.of(PathType.CIRCULAR, START, List.of(Pose.of(900, 0, 800, 0, 0, 0), START)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cornersAreTheTurnsBetweenStraightPieces() {
        CommandedPath square = CommandedPath.of(PathType.LINEAR, START, List.of(Pose.of(1000, 200, 800, 180, 0, 0),
                Pose.of(1000, 400, 800, 180, 0, 0), Pose.of(800, 400, 800, 180, 0, 0), Pose.of(800, 0, 800, 180, 0, 0)));

        List<CommandedPath.Corner> corners = square.corners();

        assertThat(corners).hasSize(2).as("the straight continuation at y = 200 is no corner");
        assertThat(corners.get(0).s()).isCloseTo(400, within(1e-12));
        assertThat(corners.get(0).angle()).isCloseTo(Math.PI / 2, within(1e-12));
        assertThat(corners.get(0).point()).isEqualTo(new Vector3(1000, 400, 800));
        assertThat(corners.get(1).inLength()).isCloseTo(200, within(1e-12));
        assertThat(corners.get(1).outLength()).isCloseTo(400, within(1e-12));
    }
}
