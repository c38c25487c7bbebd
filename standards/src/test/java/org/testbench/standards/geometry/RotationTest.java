package org.testbench.standards.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static final double EPS = 1e-12;

    @Test
    void fromAbcRotatesAboutBaseAxesInTheOrderXThenYThenZ() {
        assertVector(Rotation.fromAbc(0, 0, 90).apply(new Vector3(1, 0, 0)), 0, 1, 0);
        assertVector(Rotation.fromAbc(90, 0, 0).apply(new Vector3(0, 1, 0)), 0, 0, 1);
        assertVector(Rotation.fromAbc(0, 90, 0).apply(new Vector3(0, 0, 1)), 1, 0, 0);
        // Rx(90) first takes Y to Z, then Ry(90) takes Z to X; the reverse order would give Z.
        assertVector(Rotation.fromAbc(90, 90, 0).apply(new Vector3(0, 1, 0)), 1, 0, 0);
        assertMatrix(Rotation.fromAbc(10, 20, 30),
                Rotation.fromAbc(0, 0, 30).times(Rotation.fromAbc(0, 20, 0)).times(Rotation.fromAbc(10, 0, 0)));
    }

    @Test
    void abcRoundTripsAwayFromGimbalLock() {
        double[][] cases = {{10, 20, 30}, {-170, 45, 120}, {0.5, -89.9, -179.5}, {45, -30, 0}, {0, 0, 0}};
        for (double[] abc : cases) {
            double[] back = Rotation.fromAbc(abc[0], abc[1], abc[2]).toAbc();
            assertThat(back).containsExactly(abc, within(1e-9));
        }
    }

    @Test
    void aOf180RoundTripsUpToTheEquivalentMinus180() {
        double[] back = Rotation.fromAbc(180, 10, 20).toAbc();
        assertThat(Math.abs(back[0])).isCloseTo(180, within(1e-9));
        assertThat(back[1]).isCloseTo(10, within(1e-9));
        assertThat(back[2]).isCloseTo(20, within(1e-9));
        assertMatrix(Rotation.fromAbc(back[0], back[1], back[2]), Rotation.fromAbc(180, 10, 20));
    }

    @Test
    void gimbalLockPutsTheRemainingRotationIntoA() {
        // b = +90°: only a - c is defined; b = -90°: only a + c.
        assertThat(Rotation.fromAbc(30, 90, 10).toAbc()).containsExactly(new double[] {20, 90, 0}, within(1e-9));
        assertThat(Rotation.fromAbc(30, -90, 10).toAbc()).containsExactly(new double[] {40, -90, 0}, within(1e-9));
        for (double b : new double[] {90, -90, 90 - 1e-12, -90 + 1e-12}) {
            Rotation r = Rotation.fromAbc(123, b, -57);
            double[] abc = r.toAbc();
            assertMatrix(Rotation.fromAbc(abc[0], abc[1], abc[2]), r);
        }
    }

    @Test
    void nearGimbalLockAnglesStillComeBack() {
        double[] back = Rotation.fromAbc(25, 89.99999, -40).toAbc();
        assertThat(back).containsExactly(new double[] {25, 89.99999, -40}, within(1e-6));
        Rotation r = Rotation.fromAbc(25, -89.9999999, -40);
        double[] abc = r.toAbc();
        assertMatrix(Rotation.fromAbc(abc[0], abc[1], abc[2]), r);
    }

    @Test
    void expOfAxisVectorsMatchesAbc() {
        assertMatrix(Rotation.fromRotationVector(new Vector3(0, 0, Math.PI / 2)), Rotation.fromAbc(0, 0, 90));
        assertMatrix(Rotation.fromRotationVector(new Vector3(Math.toRadians(-35), 0, 0)), Rotation.fromAbc(-35, 0, 0));
        assertMatrix(Rotation.fromRotationVector(Vector3.ZERO), Rotation.IDENTITY);
    }

    @Test
    void expLogRoundTripsOverRandomVectors() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            Vector3 axis = new Vector3(random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
            Vector3 w = axis.times(random.nextDouble() * (Math.PI - 1e-6) / axis.norm());
            assertVector(Rotation.fromRotationVector(w).toRotationVector(), w.x(), w.y(), w.z());
        }
    }

    @Test
    void logIsAccurateNearZero() {
        Vector3 tiny = new Vector3(1e-9, -2e-9, 3e-10);
        Vector3 back = Rotation.fromRotationVector(tiny).toRotationVector();
        assertThat(back.x()).isCloseTo(1e-9, within(1e-20));
        assertThat(back.y()).isCloseTo(-2e-9, within(1e-20));
        assertThat(back.z()).isCloseTo(3e-10, within(1e-20));
        assertThat(Rotation.IDENTITY.toRotationVector()).isEqualTo(Vector3.ZERO);
    }

    @Test
    void logIsAccurateNearPi() {
        Vector3 axis = new Vector3(1, 2, 3).times(1 / Math.sqrt(14));
        Vector3 w = axis.times(Math.PI - 1e-9);
        assertVector(Rotation.fromRotationVector(w).toRotationVector(), w.x(), w.y(), w.z());
        Vector3 negative = axis.times(-(Math.PI - 1e-7));
        assertVector(Rotation.fromRotationVector(negative).toRotationVector(), negative.x(), negative.y(), negative.z());
    }

    @Test
    void logAtExactlyPiGivesOneOfTheTwoAxes() {
        Vector3 back = Rotation.fromAbc(180, 0, 0).toRotationVector();
        assertThat(Math.abs(back.x())).isCloseTo(Math.PI, within(EPS));
        assertThat(back.y()).isCloseTo(0, within(EPS));
        assertThat(back.z()).isCloseTo(0, within(EPS));
        Rotation r = Rotation.fromRotationVector(new Vector3(0, Math.PI / Math.sqrt(2), Math.PI / Math.sqrt(2)));
        assertMatrix(Rotation.fromRotationVector(r.toRotationVector()), r);
    }

    @Test
    void transposeIsTheInverse() {
        Rotation r = Rotation.fromAbc(12, -34, 56);
        assertMatrix(r.times(r.transpose()), Rotation.IDENTITY);
        assertThat(r.transpose().element(0, 2)).isEqualTo(r.element(2, 0));
    }

    @Test
    void deviationIsTheRotationVectorAboutTheBaseAxes() {
        Rotation commanded = Rotation.fromAbc(180, 0, 0);
        Vector3 delta = new Vector3(0.01, -0.02, 0.03);
        Rotation attained = Rotation.fromRotationVector(delta.times(Math.PI / 180)).times(commanded);
        assertVector(attained.deviationDegreesFrom(commanded), 0.01, -0.02, 0.03);
    }

    @Test
    void deviationHasTheSignsOfTheStandardsEulerDifferencesAtA180() {
        // ISO 9283 writes APb = b̄ - b_c: attained (-179.99, 0.01, 0.02) against commanded (180, 0, 0)
        // must give +0.01 about Y and +0.02 about Z, to first order.
        Vector3 d = Rotation.fromAbc(-179.99, 0.01, 0.02).deviationDegreesFrom(Rotation.fromAbc(180, 0, 0));
        assertThat(d.x()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(d.y()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(d.z()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void elementOutsideTheMatrixIsRejected() {
        assertThatThrownBy(() -> Rotation.IDENTITY.element(3, 0))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("(3, 0)");
    }

    private static void assertVector(Vector3 v, double x, double y, double z) {
        assertThat(v.x()).isCloseTo(x, within(EPS));
        assertThat(v.y()).isCloseTo(y, within(EPS));
        assertThat(v.z()).isCloseTo(z, within(EPS));
    }

    private static void assertMatrix(Rotation actual, Rotation expected) {
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                assertThat(actual.element(row, col)).as("element (%d, %d)", row, col)
                        .isCloseTo(expected.element(row, col), within(1e-12));
            }
        }
    }
}
