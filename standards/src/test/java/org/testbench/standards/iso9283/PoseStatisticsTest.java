package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/** Pose accuracy and repeatability on examples computed by hand, and one statistical check. */
class PoseStatisticsTest {

    /**
     * Five attained positions round (1000.03, -0.04, 800), offsets in mm:
     * (0.01, 0, 0), (-0.01, 0, 0), (0, 0.02, 0), (0, -0.02, 0), (0, 0, 0).
     */
    private static final List<Pose> POSITIONS = List.of(
            Pose.of(1000.04, -0.04, 800, 0, 0, 0),
            Pose.of(1000.02, -0.04, 800, 0, 0, 0),
            Pose.of(1000.03, -0.02, 800, 0, 0, 0),
            Pose.of(1000.03, -0.06, 800, 0, 0, 0),
            Pose.of(1000.03, -0.04, 800, 0, 0, 0));

    @Test
    void positionAccuracyByHand() {
        // Barycentre (1000.03, -0.04, 800) minus commanded (1000, 0, 800) = (0.03, -0.04, 0);
        // APp = sqrt(0.03² + 0.04²) = 0.05.
        PoseAccuracy ap = PoseAccuracy.of(Pose.of(1000, 0, 800, 0, 0, 0), POSITIONS);
        assertThat(ap.n()).isEqualTo(5);
        assertThat(ap.apX()).isCloseTo(0.03, within(1e-9));
        assertThat(ap.apY()).isCloseTo(-0.04, within(1e-9));
        assertThat(ap.apZ()).isCloseTo(0, within(1e-9));
        assertThat(ap.apP()).isCloseTo(0.05, within(1e-9));
        assertThat(ap.apA()).isZero();
        assertThat(ap.value("APp")).isEqualTo(ap.apP());
    }

    @Test
    void positionRepeatabilityByHand() {
        // l_j = 0.01, 0.01, 0.02, 0.02, 0; l̄ = 0.06 / 5 = 0.012.
        // l_j - l̄ = -0.002, -0.002, 0.008, 0.008, -0.012; squares sum to
        // 0.000004 + 0.000004 + 0.000064 + 0.000064 + 0.000144 = 0.00028.
        // S_l = sqrt(0.00028 / 4) = sqrt(0.00007) = 0.00836660027;
        // RPl = 0.012 + 3 * 0.00836660027 = 0.03709980081.
        PoseRepeatability rp = PoseRepeatability.of(POSITIONS);
        assertThat(rp.barycentre().x()).isCloseTo(1000.03, within(1e-9));
        assertThat(rp.barycentre().y()).isCloseTo(-0.04, within(1e-9));
        assertThat(rp.meanDistance()).isCloseTo(0.012, within(1e-9));
        assertThat(rp.distanceStdDev()).isCloseTo(0.00836660027, within(1e-9));
        assertThat(rp.rpL()).isCloseTo(0.03709980081, within(1e-9));
        assertThat(rp.rpA()).isZero();
    }

    @Test
    void orientationAroundA180ComesBackWithoutWrapAround() {
        // Deviations in degrees about the base axes, R_j = exp(δ_j) * R_c:
        //   δ1 = ( 0.02, -0.01, 0.03), δ2 = (0.06, 0.01, 0.01),
        //   δ3 = (-0.02,  0.03, 0.02), δ4 = (0.02, -0.03, 0.04).
        // Means: a = 0.08 / 4 = 0.02, b = 0 / 4 = 0, c = 0.10 / 4 = 0.025.
        // a - ā = 0, 0.04, -0.04, 0: Σ² = 0.0032, S = sqrt(0.0032 / 3) = 0.0326598632, RPa = 0.0979795897.
        // b - b̄ = -0.01, 0.01, 0.03, -0.03: Σ² = 0.002, S = 0.0258198890, RPb = 0.0774596669.
        // c - c̄ = 0.005, -0.015, -0.005, 0.015: Σ² = 0.0005, S = 0.0129099445, RPc = 0.0387298335.
        Pose commanded = Pose.of(1000, 0, 800, 180, 0, 0);
        double[][] deltas = {{0.02, -0.01, 0.03}, {0.06, 0.01, 0.01}, {-0.02, 0.03, 0.02}, {0.02, -0.03, 0.04}};
        List<Pose> attained = new ArrayList<>();
        for (double[] d : deltas) {
            Rotation r = Rotation.fromRotationVector(new Vector3(d[0], d[1], d[2]).times(Math.PI / 180))
                    .times(commanded.rotation());
            double[] abc = r.toAbc();
            attained.add(Pose.of(1000, 0, 800, abc[0], abc[1], abc[2]));
        }
        // The attained a angles straddle ±180°: subtracting Euler angles would be off by 360°.
        assertThat(attained).extracting(Pose::a).anyMatch(a -> a > 179.9).anyMatch(a -> a < -179.9);

        PoseAccuracy ap = PoseAccuracy.of(commanded, attained);
        assertThat(ap.apA()).isCloseTo(0.02, within(1e-9));
        assertThat(ap.apB()).isCloseTo(0, within(1e-9));
        assertThat(ap.apC()).isCloseTo(0.025, within(1e-9));
        assertThat(ap.apP()).isCloseTo(0, within(1e-9));

        PoseRepeatability rp = PoseRepeatability.of(attained, commanded.rotation());
        assertThat(rp.rpA()).isCloseTo(0.0979795897, within(1e-9));
        assertThat(rp.rpB()).isCloseTo(0.0774596669, within(1e-9));
        assertThat(rp.rpC()).isCloseTo(0.0387298335, within(1e-9));
        assertThat(rp.rpL()).isZero();
    }

    @Test
    void repeatabilityNeedsTwoPoses() {
        assertThatThrownBy(() -> PoseRepeatability.of(POSITIONS.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2").hasMessageContaining("got 1");
        assertThatThrownBy(() -> PoseAccuracy.of(Pose.of(0, 0, 0, 0, 0, 0), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    @Test
    void isotropicGaussianScatterGivesTheMaxwellRpl() {
        // With isotropic Gaussian scatter of σ per axis, l is Maxwell distributed:
        // mean 2 sqrt(2/π) σ = 1.5958 σ, standard deviation sqrt(3 - 8/π) σ = 0.6734 σ,
        // so RPl / σ tends to 1.5958 + 3 * 0.6734 = 3.6161. Over 10,000 points the estimate
        // scatters by about 0.018 (simulated); the tolerance 0.06 is above 3 standard errors.
        double sigma = 0.02;
        Random random = new Random(9283);
        List<Pose> attained = new ArrayList<>();
        for (int j = 0; j < 10_000; j++) {
            attained.add(Pose.of(1000 + sigma * random.nextGaussian(), sigma * random.nextGaussian(),
                    800 + sigma * random.nextGaussian(), 0, 0, 0));
        }
        double expected = 2 * Math.sqrt(2 / Math.PI) + 3 * Math.sqrt(3 - 8 / Math.PI);
        PoseRepeatability rp = PoseRepeatability.of(attained);
        assertThat(rp.rpL() / sigma).isCloseTo(expected, within(0.06));
        assertThat(rp.meanDistance() / sigma).isCloseTo(2 * Math.sqrt(2 / Math.PI), within(0.03));
    }
}
