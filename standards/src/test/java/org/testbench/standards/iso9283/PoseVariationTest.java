package org.testbench.standards.iso9283;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/** vAP, AD/RD, drift and exchangeability on examples computed by hand. */
class PoseVariationTest {

    private static final Pose COMMANDED = Pose.of(1000, 0, 800, 0, 0, 0);

    @Test
    void multiDirectionalVariationByHand() {
        // Direction 1: x 1000.01, 1000.03 -> P̄ (1000.02, 0, 800); a 0.01, 0.03 -> ā 0.02.
        // Direction 2: y 0.02, 0.04 -> P̄ (1000, 0.03, 800); a 0 -> ā 0; c 0.05 -> c̄ 0.05.
        // Direction 3: z 800.01 twice -> P̄ (1000, 0, 800.01); a -0.01, -0.03 -> ā -0.02.
        // |P̄1 - P̄2| = sqrt(0.02² + 0.03²) = sqrt(0.0013) = 0.0360555128
        // |P̄1 - P̄3| = sqrt(0.02² + 0.01²) = 0.0223606798, |P̄2 - P̄3| = sqrt(0.03² + 0.01²) = 0.0316227766
        // vAPp = 0.0360555128; vAPa = 0.02 - (-0.02) = 0.04; vAPb = 0; vAPc = 0.05 - 0 = 0.05.
        List<List<Pose>> directions = List.of(
                List.of(Pose.of(1000.01, 0, 800, 0.01, 0, 0), Pose.of(1000.03, 0, 800, 0.03, 0, 0)),
                List.of(Pose.of(1000, 0.02, 800, 0, 0, 0.05), Pose.of(1000, 0.04, 800, 0, 0, 0.05)),
                List.of(Pose.of(1000, 0, 800.01, -0.01, 0, 0), Pose.of(1000, 0, 800.01, -0.03, 0, 0)));
        MultiDirectionalPoseAccuracy vap = MultiDirectionalPoseAccuracy.of(COMMANDED, directions);
        assertThat(vap.vapP()).isCloseTo(0.0360555128, within(1e-9));
        assertThat(vap.vapA()).isCloseTo(0.04, within(1e-9));
        assertThat(vap.vapB()).isCloseTo(0, within(1e-9));
        assertThat(vap.vapC()).isCloseTo(0.05, within(1e-9));
        assertThat(vap.directions()).hasSize(3);
        assertThat(vap.directions().get(1).barycentre().y()).isCloseTo(0.03, within(1e-9));
        assertThat(vap.value("vAPa")).isEqualTo(vap.vapA());
    }

    @Test
    void multiDirectionalVariationNeedsTwoNonEmptyDirections() {
        List<Pose> one = List.of(COMMANDED);
        assertThatThrownBy(() -> MultiDirectionalPoseAccuracy.of(COMMANDED, List.of(one)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 approach directions").hasMessageContaining("got 1");
        assertThatThrownBy(() -> MultiDirectionalPoseAccuracy.of(COMMANDED, List.of(one, List.of(), one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("direction 2 of 3");
    }

    /**
     * Commanded P_c1 = (0, 0, 0), P_c2 = (500, 0, 0): D_c = 500, D_cx = -500. Attained, x only:
     * cycle 1: 0 / 500.02, cycle 2: 0.01 / 500.04, cycle 3: -0.01 / 500.03,
     * so D_j = 500.02, 500.03, 500.04 and D_xj - D_cx = -0.02, -0.03, -0.04.
     * Orientation: a at the first pose 0.01, 0.02, 0.03 (0 at the second): D_aj - D_ca = 0.01, 0.02, 0.03;
     * c at the second pose 0.02, 0, -0.02 (0 at the first): D_cj - D_cc = -0.02, 0, 0.02.
     */
    private static final Pose C1 = Pose.of(0, 0, 0, 0, 0, 0);
    private static final Pose C2 = Pose.of(500, 0, 0, 0, 0, 0);
    private static final List<Pose> AT_1 = List.of(
            Pose.of(0, 0, 0, 0.01, 0, 0), Pose.of(0.01, 0, 0, 0.02, 0, 0), Pose.of(-0.01, 0, 0, 0.03, 0, 0));
    private static final List<Pose> AT_2 = List.of(
            Pose.of(500.02, 0, 0, 0, 0, 0.02), Pose.of(500.04, 0, 0, 0, 0, 0), Pose.of(500.03, 0, 0, 0, 0, -0.02));

    @Test
    void distanceAccuracyByHand() {
        // D̄ = 500.03, ADp = 500.03 - 500 = 0.03; ADx = mean(-0.02, -0.03, -0.04) = -0.03 (the second
        // pose lies further along +x, so x_1 - x_2 grows more negative); ADa = mean(0.01, 0.02, 0.03) = 0.02;
        // ADc = mean(-0.02, 0, 0.02) = 0.
        DistanceAccuracy ad = DistanceAccuracy.of(C1, C2, AT_1, AT_2);
        assertThat(ad.n()).isEqualTo(3);
        assertThat(ad.commandedMm()).isCloseTo(500, within(1e-12));
        assertThat(ad.meanMm()).isCloseTo(500.03, within(1e-9));
        assertThat(ad.adP()).isCloseTo(0.03, within(1e-9));
        assertThat(ad.adX()).isCloseTo(-0.03, within(1e-9));
        assertThat(ad.adY()).isCloseTo(0, within(1e-12));
        assertThat(ad.adZ()).isCloseTo(0, within(1e-12));
        assertThat(ad.adA()).isCloseTo(0.02, within(1e-9));
        assertThat(ad.adB()).isCloseTo(0, within(1e-9));
        assertThat(ad.adC()).isCloseTo(0, within(1e-9));
        assertThat(ad.value("ADx")).isEqualTo(ad.adX());
    }

    @Test
    void distanceRepeatabilityByHand() {
        // D_j - D̄ = -0.01, 0, 0.01: Σ² = 0.0002, S = sqrt(0.0002 / 2) = 0.01, RD = 0.03.
        // D_aj: 0.01, 0.02, 0.03 -> S = 0.01, RDa = 0.03; D_cj: -0.02, 0, 0.02 -> S = 0.02, RDc = 0.06.
        DistanceRepeatability rd = DistanceRepeatability.of(C1, C2, AT_1, AT_2);
        assertThat(rd.rd()).isCloseTo(0.03, within(1e-9));
        assertThat(rd.rdA()).isCloseTo(0.03, within(1e-9));
        assertThat(rd.rdB()).isCloseTo(0, within(1e-9));
        assertThat(rd.rdC()).isCloseTo(0.06, within(1e-9));
        assertThat(rd.value("RD")).isEqualTo(rd.rd());
    }

    @Test
    void orientationDistanceDoesNotWrapAround() {
        // Both commanded at a = 180. Attained a = 179.99 is a deviation of -0.01, a = -179.99 one of
        // +0.01, so D_a - D_ca = -0.01 - 0.01 = -0.02; Euler subtraction would give 359.98.
        Pose c1 = Pose.of(0, 0, 0, 180, 0, 0);
        Pose c2 = Pose.of(500, 0, 0, 180, 0, 0);
        DistanceAccuracy ad = DistanceAccuracy.of(c1, c2,
                List.of(Pose.of(0, 0, 0, 179.99, 0, 0)), List.of(Pose.of(500, 0, 0, -179.99, 0, 0)));
        assertThat(ad.adA()).isCloseTo(-0.02, within(1e-9));
        assertThat(ad.adP()).isCloseTo(0, within(1e-12));
    }

    @Test
    void distanceCharacteristicsRejectTooFewOrUnpairedCycles() {
        assertThatThrownBy(() -> DistanceRepeatability.of(C1, C2, AT_1.subList(0, 1), AT_2.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distance repeatability needs at least 2 cycles").hasMessageContaining("got 1");
        assertThatThrownBy(() -> DistanceAccuracy.of(C1, C2, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance accuracy needs at least 1 cycle, got 0");
        assertThatThrownBy(() -> DistanceAccuracy.of(C1, C2, AT_1, AT_2.subList(0, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs").hasMessageContaining("got 3 at the first pose and 2 at the second");
        assertThatThrownBy(() -> DistanceAccuracy.of(C1, C2, AT_1, AT_2).value("ADq"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ADq'").hasMessageContaining("ADp");
    }

    @Test
    void driftIsTheChangeOfApAndRp() {
        // dAP = |0.05 - 0.08| = 0.03, dRP = |0.040 - 0.035| = 0.005.
        Vector3 p = new Vector3(1000, 0, 800);
        PoseAccuracy ap0 = new PoseAccuracy(30, p, 0.05, 0.03, -0.04, 0, 0, 0, 0);
        PoseAccuracy apT = new PoseAccuracy(30, p, 0.08, 0.08, 0, 0, 0, 0, 0);
        PoseRepeatability rp0 = new PoseRepeatability(30, p, 0.02, 0.0067, 0.040, 0, 0, 0);
        PoseRepeatability rpT = new PoseRepeatability(30, p, 0.02, 0.005, 0.035, 0, 0, 0);
        PoseDrift drift = PoseDrift.of(ap0, rp0, apT, rpT);
        assertThat(drift.dAP()).isCloseTo(0.03, within(1e-12));
        assertThat(drift.dRP()).isCloseTo(0.005, within(1e-12));
    }

    @Test
    void exchangeabilityIsTheLargestBarycentreDistance() {
        // |B1 - B2| = sqrt(0.03² + 0.04²) = 0.05, |B1 - B3| = 0.01,
        // |B2 - B3| = sqrt(0.04² + 0.04²) = 0.0565685425 -> E = 0.0565685425.
        List<Vector3> barycentres = List.of(new Vector3(1000, 0, 800), new Vector3(1000.03, 0.04, 800),
                new Vector3(999.99, 0, 800));
        Exchangeability e = Exchangeability.of(barycentres);
        assertThat(e.robots()).isEqualTo(3);
        assertThat(e.largestDistance()).isCloseTo(0.0565685425, within(1e-9));
        assertThatThrownBy(() -> Exchangeability.of(barycentres.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exchangeability needs at least 2 robots").hasMessageContaining("got 1");
    }
}
