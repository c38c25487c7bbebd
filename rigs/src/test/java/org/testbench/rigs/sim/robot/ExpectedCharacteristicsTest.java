package org.testbench.rigs.sim.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Vector3;
import org.testbench.standards.iso9283.CornerDeviation;
import org.testbench.standards.iso9283.LoadDirection;

/** The closed forms against values worked out by hand. */
class ExpectedCharacteristicsTest {

    /** 10 Hz, ζ = 0.5: M = e^(-π/√3) = 0.163034; lags 0.3 and 0.1 mm at 1000 mm/s; R = 2 mm, o = 0.2 mm. */
    private final SimulatedRobotConfig config = SimulatedRobotConfig.builder().biasMm(new Vector3(0.2, -0.1, 0.05))
            .scalePpm(100).settleTimeS(0).settling(new SecondOrderSettling(10, 0.5))
            .pathFollowing(new PathFollowing(0.0003, 0.0001, new Vector3(0, 0, -2), 0.002, 0.0002))
            .speedErrors(new SpeedErrors(0.5, 0.2, 1, 4)).drift(new ThermalDrift(new Vector3(0.03, -0.02, 0.04), 1.5))
            .approachErrorMm(0.02).complianceMmPerN(new Vector3(0.0005, 0.0004, 0.0003)).build();
    private final ExpectedCharacteristics expected = new ExpectedCharacteristics(config);

    @Test
    void overshootAfterAHorizontalMoveIsMTimesTheLag() {
        // lag √(0.3² + 0.1²) = 0.316228 mm at 1000 mm/s, horizontally (the sag is straight down)
        assertThat(expected.overshootMm(new Vector3(3, 4, 0), 1000, 0.01)).isCloseTo(0.316228 * 0.163034, within(1e-6));
        assertThat(expected.overshootMm(new Vector3(0, 0, 1), 1000, 0.01)).as("vertical: no sag across the move")
                .isCloseTo(0.3 * 0.163034, within(1e-6));
        assertThat(expected.overshootMm(new Vector3(1, 0, 0), 100, 0.01)).as("0.0516 mm swings 0.0084 mm: inside")
                .isZero();
    }

    @Test
    void stabilizationTimeCountsFromTheDoneSignal() {
        double fromMotionEnd = config.settling().settlingTimeS(0.3, 0.01);
        SimulatedRobotConfig delayed = SimulatedRobotConfig.builder().settling(config.settling())
                .pathFollowing(config.pathFollowing()).settleTimeS(0.05).build();

        assertThat(expected.stabilizationTimeS(new Vector3(0, 0, 1), 1000, 0.01)).isCloseTo(fromMotionEnd, within(1e-15));
        assertThat(new ExpectedCharacteristics(delayed).stabilizationTimeS(new Vector3(0, 0, 1), 1000, 0.01))
                .isCloseTo(fromMotionEnd - 0.05, within(1e-12));
        // the envelope 0.3 e^(-10π τ) / (√3/2) reaches 0.01 at τ = 0.113 s; the crossing is no later
        assertThat(fromMotionEnd).isBetween(0.05, Math.log(0.3 / 0.01 / (Math.sqrt(3) / 2)) / (10 * Math.PI));
        assertThat(expected.positioningTimeS(new Vector3(0, 0, 500), 1000, 0.01)).isCloseTo(0.5 + fromMotionEnd,
                within(1e-12));
    }

    @Test
    void aStraightPathStraysByTheLateralLagAcrossIt() {
        assertThat(expected.pathDeviationMm(new Vector3(1, 1, 0), 500)).isCloseTo(0.05, within(1e-15));
        assertThat(expected.pathDeviationMm(new Vector3(0, 0, -1), 500)).isZero();
        // 45° down: half the sag is across the path, √½ of it
        assertThat(expected.pathDeviationMm(new Vector3(1, 0, -1), 500)).isCloseTo(0.05 * Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void aRightAngledCornerInAHorizontalPlane() {
        CornerDeviation corner = expected.cornerDeviation(new Vector3(1, 0, 0), new Vector3(0, 1, 0), 1000);

        // R = 2: ρ = 2 (√2 - 1) = 0.828427; beyond = max(2 (1 - √½), 0.2) = 0.585786; sag 0.1 off the plane
        assertThat(corner.crMm()).isCloseTo(Math.hypot(0.828427, 0.1), within(1e-6));
        assertThat(corner.coMm()).isCloseTo(Math.hypot(0.585786, 0.1), within(1e-6));
        assertThatThrownBy(() -> expected.cornerDeviation(new Vector3(1, 0, 0), new Vector3(0, 0, 1), 1000))
                .hasMessageContaining("not normal to the corner's plane");
    }

    @Test
    void driftComplianceAndApproach() {
        assertThat(expected.driftMm(1.5 * 3600).y()).isCloseTo(-0.02 * 0.632121, within(1e-6));
        assertThat(expected.driftMm(0).norm()).isZero();
        assertThat(expected.complianceMmPerN(LoadDirection.MINUS_Z)).isCloseTo(0.0003, within(1e-15));
        assertThat(expected.complianceMmPerN(LoadDirection.PLUS_Y)).isCloseTo(0.0004, within(1e-15));
        assertThat(expected.deflectionMm(new Vector3(100, 0, -50)).distanceTo(new Vector3(0.05, 0, -0.015)))
                .isLessThan(1e-15);
        assertThat(expected.approachErrorMm(new Vector3(0, 2, 0)).distanceTo(new Vector3(0, -0.02, 0))).isLessThan(1e-15);
        // three orthogonal approaches: any two differ by 0.02 √2
        assertThat(expected.multiDirectionalVariationMm(List.of(new Vector3(1, 0, 0), new Vector3(0, 1, 0),
                new Vector3(0, 0, 1)))).isCloseTo(0.028284, within(1e-6));
    }

    @Test
    void theMeanAttainedPositionAddsEverySystematicPart() {
        Vector3 error = expected.meanPositionErrorMm(new Vector3(1000, 0, 500), new Vector3(1, 0, 0), 1.5 * 3600,
                new Vector3(0, 0, -100));

        // bias + 100 ppm x (1000, 0, 500) + approach (-0.02, 0, 0) + drift (1 - 1/e) + deflection (0, 0, -0.03)
        assertThat(error.x()).isCloseTo(0.2 + 0.1 - 0.02 + 0.03 * 0.632121, within(1e-6));
        assertThat(error.y()).isCloseTo(-0.1 - 0.02 * 0.632121, within(1e-6));
        assertThat(error.z()).isCloseTo(0.05 + 0.05 + 0.04 * 0.632121 - 0.03, within(1e-6));
    }

    @Test
    void pathVelocity() {
        assertThat(expected.pathVelocityAccuracyPercent()).isEqualTo(0.5);
        assertThat(expected.pathVelocityRepeatabilityPercent()).isCloseTo(0.6, within(1e-15));
        assertThat(expected.pathVelocityFluctuationMmPerS(1000)).isCloseTo(2 * 0.01 * 1005, within(1e-12));
    }
}
