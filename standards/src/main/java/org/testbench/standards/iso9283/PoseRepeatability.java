package org.testbench.standards.iso9283;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * Pose repeatability (ISO 9283 clause 7.2.2): how closely the attained poses of one commanded
 * pose agree with each other.
 *
 * <p>Position: l_j = |P_j - P̄| is each attained position's distance from the barycentre P̄,
 * l̄ their mean, S_l = sqrt(Σ(l_j - l̄)² / (n - 1)), and RPl = l̄ + 3 S_l.
 *
 * <p>Orientation: RPa = 3 sqrt(Σ(a_j - ā)² / (n - 1)), and likewise RPb, RPc. As in
 * {@link PoseAccuracy}, a_j, b_j, c_j are the components, in degrees, of the rotation vector of
 * {@code R^T * Rj} for a reference orientation R, not Euler angles, so they do not wrap around.
 * R fixes the axes the components are expressed about (the commanded orientation's, when that is
 * the reference); references a small rotation apart, such as the commanded orientation and the
 * first attained one, give the same spreads to first order.
 *
 * @param n              the number of attained poses
 * @param barycentre     the barycentre P̄ of the attained positions, mm
 * @param meanDistance   l̄, mm
 * @param distanceStdDev S_l, mm
 * @param rpL            RPl, mm
 * @param rpA            RPa, degrees
 * @param rpB            RPb, degrees
 * @param rpC            RPc, degrees
 */
public record PoseRepeatability(int n, Vector3 barycentre, double meanDistance, double distanceStdDev,
                                double rpL, double rpA, double rpB, double rpC) {

    /**
     * Computes pose repeatability, expressing orientation deviations about the axes of the first
     * attained pose's orientation.
     *
     * @param attained the attained poses, at least two
     * @return the pose repeatability
     */
    public static PoseRepeatability of(List<Pose> attained) {
        requireTwo(attained);
        return of(attained, attained.get(0).rotation());
    }

    /**
     * Computes pose repeatability.
     *
     * @param attained  the attained poses, at least two
     * @param reference the orientation the deviations are expressed from, normally the commanded one
     * @return the pose repeatability
     */
    public static PoseRepeatability of(List<Pose> attained, Rotation reference) {
        requireTwo(attained);
        Objects.requireNonNull(reference, "reference");
        int n = attained.size();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        double x = 0, y = 0, z = 0;
        for (int j = 0; j < n; j++) {
            Pose pose = attained.get(j);
            Vector3 d = pose.rotation().deviationDegreesFrom(reference);
            a[j] = d.x();
            b[j] = d.y();
            c[j] = d.z();
            x += pose.position().x();
            y += pose.position().y();
            z += pose.position().z();
        }
        Vector3 barycentre = new Vector3(x / n, y / n, z / n);
        double[] l = new double[n];
        for (int j = 0; j < n; j++) {
            l[j] = attained.get(j).position().distanceTo(barycentre);
        }
        double meanL = SampleStatistics.mean(l);
        double sL = SampleStatistics.sampleStdDev(l, meanL);
        return new PoseRepeatability(n, barycentre, meanL, sL, meanL + 3 * sL,
                SampleStatistics.threeSigma(a), SampleStatistics.threeSigma(b), SampleStatistics.threeSigma(c));
    }

    /**
     * @param symbol one of {@link Iso9283#POSE_REPEATABILITY_SYMBOLS}
     * @return the value of that characteristic, mm or degrees
     */
    public double value(String symbol) {
        switch (symbol) {
            case Iso9283.RP_L: return rpL;
            case Iso9283.RP_A: return rpA;
            case Iso9283.RP_B: return rpB;
            case Iso9283.RP_C: return rpC;
            default:
                throw new IllegalArgumentException("'" + symbol + "' is no pose repeatability characteristic, expected one of "
                        + Iso9283.POSE_REPEATABILITY_SYMBOLS);
        }
    }

    private static void requireTwo(List<Pose> attained) {
        SampleStatistics.requireAtLeast("pose repeatability", 2, "attained poses (sample standard deviation)", attained);
    }
}
