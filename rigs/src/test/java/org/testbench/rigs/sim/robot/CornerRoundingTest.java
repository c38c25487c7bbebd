package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.rigs.device.PathType;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.CornerDeviation;
import org.testbench.standards.iso9283.SampledTrajectory;

/**
 * The rounded corner measured by the standards' {@link CornerDeviation} agrees with the closed
 * form of {@link ExpectedCharacteristics#cornerDeviation}, for a right angle and a sharper turn.
 */
class CornerRoundingTest {

    private static final Vector3 CORNER = new Vector3(1000, 0, 800);

    @Test
    void aRightAngleIsRoundedAndOvershotAsTheClosedFormSays() {
        Vector3 end = new Vector3(1000, 300, 800);
        CommandedPath path = path(new Vector3(700, 0, 800), end);
        CornerRounding rounding = CornerRounding.of(path, 4, 2, 30);

        CornerDeviation measured = CornerDeviation.of(sampled(path, rounding), CORNER, end);

        // R = 4 mm: CR = 4 (√2 - 1), and the swing of 2 mm exceeds the arc's 4 (1 - 1/√2) = 1.17 mm
        assertThat(measured.crMm()).isCloseTo(4 * (Math.sqrt(2) - 1), within(1e-6));
        assertThat(measured.coMm()).isCloseTo(2, within(1e-6));
        CornerDeviation expected = expected(4, 2).cornerDeviation(new Vector3(1, 0, 0), new Vector3(0, 1, 0), 1000);
        assertThat(measured.crMm()).isCloseTo(expected.crMm(), within(1e-6));
        assertThat(measured.coMm()).isCloseTo(expected.coMm(), within(1e-6));
    }

    @Test
    void aSharpTurnWithASmallSwingShowsTheArcAsOvershoot() {
        // 120° turn: back and up at 30° to the incoming direction
        Vector3 out = new Vector3(-Math.cos(Math.PI / 3), Math.sin(Math.PI / 3), 0);
        Vector3 end = CORNER.plus(out.times(300));
        CommandedPath path = path(new Vector3(700, 0, 800), end);
        CornerRounding rounding = CornerRounding.of(path, 3, 0.1, 30);

        CornerDeviation measured = CornerDeviation.of(sampled(path, rounding), CORNER, end);
        CornerDeviation expected = expected(3, 0.1).cornerDeviation(new Vector3(1, 0, 0), out, 1000);

        assertThat(measured.crMm()).isCloseTo(3 * (1 / Math.cos(Math.PI / 3) - 1), within(1e-6));
        assertThat(measured.crMm()).isCloseTo(expected.crMm(), within(1e-6));
        assertThat(measured.coMm()).isCloseTo(3 * (1 - Math.cos(Math.PI / 3)), within(1e-6));
        assertThat(measured.coMm()).isCloseTo(expected.coMm(), within(1e-6));
    }

    @Test
    void theRoundedPathIsContinuousAndFollowsTheCommandedOneAwayFromTheCorner() {
        CommandedPath path = path(new Vector3(700, 0, 800), new Vector3(1000, 300, 800));
        CornerRounding rounding = CornerRounding.of(path, 4, 2, 30);

        assertThat(rounding.offset(100)).isEqualTo(Vector3.ZERO);
        assertThat(rounding.offset(400)).isEqualTo(Vector3.ZERO);
        Vector3 previous = path.position(0);
        for (double s = 0; s <= path.length(); s += 0.01) {
            Vector3 p = path.position(s).plus(rounding.offset(s));
            assertThat(p.distanceTo(previous)).as("at s = %s", s).isLessThan(0.02);
            previous = p;
        }
    }

    @Test
    void aRadiusTooLargeForTheSegmentsIsCutBackToHalfTheShorterOne() {
        CommandedPath path = path(new Vector3(990, 0, 800), new Vector3(1000, 300, 800));
        CornerRounding rounding = CornerRounding.of(path, 50, 0, 30);

        CornerDeviation measured = CornerDeviation.of(sampled(path, rounding), CORNER, new Vector3(1000, 300, 800));

        // d = 5 mm, half of the 10 mm incoming piece: R = 5 for a right angle
        assertThat(measured.crMm()).isCloseTo(5 * (Math.sqrt(2) - 1), within(1e-6));
    }

    private static CommandedPath path(Vector3 start, Vector3 end) {
        return CommandedPath.of(PathType.LINEAR, new Pose(start, 180, 0, 0),
                List.of(new Pose(CORNER, 180, 0, 0), new Pose(end, 180, 0, 0)));
    }

    /** A model whose corner radius and overshoot at 1000 mm/s are the given ones, and no lateral deviation. */
    private static ExpectedCharacteristics expected(double radiusMm, double overshootMm) {
        return new ExpectedCharacteristics(SimulatedRobotConfig.builder().settling(new SecondOrderSettling(10, 0.5))
                .pathFollowing(new PathFollowing(0, 0, new Vector3(0, 0, -1), radiusMm / 1000, overshootMm / 1000))
                .build());
    }

    private static SampledTrajectory sampled(CommandedPath path, CornerRounding rounding) {
        List<Vector3> positions = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (double s = 0; s <= path.length(); s += 0.001) {
            positions.add(path.position(s).plus(rounding.offset(s)));
            times.add(s);
        }
        return SampledTrajectory.ofPositions(times.stream().mapToDouble(Double::doubleValue).toArray(), positions);
    }
}
