package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.StatedUncertainty;
import org.testbench.standards.Uncertainty;
import org.testbench.standards.UncertaintyComponent;
import org.testbench.standards.geometry.Pose;

/**
 * Three attained positions x = 0.1, 0.2, 0.3 mm (y = z = 0) of a pose commanded at the origin,
 * measured with a tracker of U = 0.02 mm (k = 2), so ut = 0.01 mm. By hand:
 * x̄ = 0.2, sx = 0.1, sy = sz = 0; APx = APp = 0.2, c = (1, 0, 0);
 * distances to the barycentre l = 0.1, 0, 0.1: l̄ = 0.0666667, Sl = sqrt((0.0333² + 0.0667² + 0.0333²) / 2)
 * = 0.0577350, RPl = l̄ + 3 Sl = 0.2398717.
 */
class PoseUncertaintyTest {

    private static final Pose COMMANDED = Pose.of(0, 0, 0, 180, 0, 180);
    private static final List<Pose> ATTAINED = List.of(Pose.of(0.1, 0, 0, 180, 0, 180), Pose.of(0.2, 0, 0, 180, 0, 180),
            Pose.of(0.3, 0, 0, 180, 0, 180));
    private static final StatedUncertainty TRACKER = new StatedUncertainty("tracker", 0.02, 2, "mm", "CAL-1");

    @Test
    void apPCombinesTheBarycentresScatterAlongTheErrorWithTheTracker() {
        PoseAccuracy ap = PoseAccuracy.of(COMMANDED, ATTAINED);

        Uncertainty u = PoseUncertainty.accuracy(Iso9283.AP_P, ap, ATTAINED, TRACKER);

        // Type A: sqrt(1² x 0.1² / 3) = 0.0577350; type B: 0.01; u = sqrt(0.0033333 + 0.0001) = 0.0585947.
        assertThat(ap.apP()).isCloseTo(0.2, within(1e-12));
        assertThat(u.budget()).extracting(UncertaintyComponent::contribution)
                .satisfiesExactly(a -> assertThat(a).isCloseTo(0.0577350, within(1e-7)),
                        b -> assertThat(b).isCloseTo(0.01, within(1e-15)));
        assertThat(u.budget().get(0).type()).isEqualTo(UncertaintyComponent.Type.A);
        assertThat(u.budget().get(1).type()).isEqualTo(UncertaintyComponent.Type.B);
        assertThat(u.standardUncertainty()).isCloseTo(0.0585947, within(1e-7));
        assertThat(u.expanded()).isCloseTo(0.1171893, within(1e-7));
    }

    @Test
    void anAxisWithoutScatterIsLeftWithTheTrackerAlone() {
        Uncertainty u = PoseUncertainty.accuracy(Iso9283.AP_Y, PoseAccuracy.of(COMMANDED, ATTAINED), ATTAINED, TRACKER);

        assertThat(u.standardUncertainty()).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void rpLAddsTheUncertaintyOfTheMeanAndThreeTimesThatOfTheStandardDeviation() {
        PoseRepeatability rp = PoseRepeatability.of(ATTAINED);

        Uncertainty u = PoseUncertainty.repeatability(rp, TRACKER);

        // Sl/sqrt(3) = 0.0333333; 3 x Sl/sqrt(2 x 2) = 0.0866025; 0.01: u = sqrt(0.0011111 + 0.0075 + 0.0001) = 0.0933333.
        assertThat(rp.distanceStdDev()).isCloseTo(0.0577350, within(1e-7));
        assertThat(rp.rpL()).isCloseTo(0.2398717, within(1e-7));
        assertThat(u.budget()).extracting(UncertaintyComponent::contribution)
                .satisfiesExactly(a -> assertThat(a).isCloseTo(0.0333333, within(1e-7)),
                        b -> assertThat(b).isCloseTo(0.0866025, within(1e-7)),
                        c -> assertThat(c).isCloseTo(0.01, within(1e-15)));
        assertThat(u.standardUncertainty()).isCloseTo(0.0933333, within(1e-7));
    }

    @Test
    void aTrackerStatedInAnotherUnitOrASinglePoseIsRefused() {
        StatedUncertainty inches = new StatedUncertainty("tracker", 0.001, 2, "in", "CAL-2");

        assertThatThrownBy(() -> PoseUncertainty.repeatability(PoseRepeatability.of(ATTAINED), inches))
                .hasMessageContaining("must be stated in mm");
        assertThatThrownBy(() -> PoseUncertainty.accuracy(Iso9283.AP_X, PoseAccuracy.of(COMMANDED, ATTAINED.subList(0, 1)),
                ATTAINED.subList(0, 1), TRACKER)).hasMessageContaining("at least 2");
    }

    /**
     * Angle a = 180, 180.03, 179.97 deg about a commanded 180: s_a = 0.03, RPa = 0.09 deg. A probe of
     * U = 0.01 deg: u(APa) = sqrt(0.03²/3 + 0.005²) = 0.0180278; u(RPa) = sqrt(0.09²/4 + 0.005²) = 0.0452769.
     */
    @Test
    void orientationTakesTheScatterOfTheAngleAndTheProbe() {
        List<Pose> turned = List.of(Pose.of(0, 0, 0, 180, 0, 180), Pose.of(0, 0, 0, 180.03, 0, 180),
                Pose.of(0, 0, 0, 179.97, 0, 180));
        PoseRepeatability rp = PoseRepeatability.of(turned, COMMANDED.rotation());
        StatedUncertainty probe = new StatedUncertainty("probe", 0.01, 2, "deg", "CAL-P");

        assertThat(rp.rpA()).isCloseTo(0.09, within(1e-6));
        assertThat(PoseUncertainty.orientationAccuracy(Iso9283.AP_A, rp, probe).standardUncertainty())
                .isCloseTo(0.0180278, within(1e-6));
        assertThat(PoseUncertainty.orientationRepeatability(Iso9283.RP_A, rp, probe).standardUncertainty())
                .isCloseTo(0.0452769, within(1e-6));
        assertThatThrownBy(() -> PoseUncertainty.orientationRepeatability(Iso9283.RP_A, rp, TRACKER))
                .hasMessageContaining("must be stated in deg");
    }
}
