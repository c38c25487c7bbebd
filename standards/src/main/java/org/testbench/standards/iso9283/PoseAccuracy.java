package org.testbench.standards.iso9283;

import java.util.List;
import java.util.Objects;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Rotation;
import org.testbench.standards.geometry.Vector3;

/**
 * Pose accuracy (ISO 9283 clause 7.2.1): how far the mean of the attained poses lies from the
 * commanded pose.
 *
 * <p>Position: APx, APy, APz are the barycentre of the attained positions minus the commanded
 * position, APp their Euclidean length.
 *
 * <p>Orientation: the standard writes APa = ā - a_c. Subtracting Euler angles wraps around at
 * ±180° (a commanded a = 180° is often attained as -179.99°) and mixes axes near b = ±90°, so
 * instead each attained orientation is compared with the commanded one as the deviation rotation
 * {@code Rj * Rc^T}; its rotation vector in degrees gives the components (a, b, c), and APa, APb,
 * APc are their means. The components are rotations about the base X, Y, Z axes, the axes the
 * standard defines a, b, c about; wherever the commanded b and c are 0 (the usual test
 * orientations, e.g. a = 180°) they equal, to first order, the standard's Euler angle
 * differences, with the same signs. (STANDARDS.md writes {@code Rc^T * Rj}, which gives rotations
 * about the commanded frame's axes instead: with a = 180° it flips the signs of b and c.)
 *
 * @param n          the number of attained poses
 * @param barycentre the mean attained position, mm
 * @param apP        APp, mm
 * @param apX        APx, mm
 * @param apY        APy, mm
 * @param apZ        APz, mm
 * @param apA        APa, degrees
 * @param apB        APb, degrees
 * @param apC        APc, degrees
 */
public record PoseAccuracy(int n, Vector3 barycentre, double apP, double apX, double apY, double apZ,
                           double apA, double apB, double apC) {

    /**
     * Computes pose accuracy from the attained poses of one commanded pose.
     *
     * @param commanded the commanded pose
     * @param attained  the attained poses, at least one
     * @return the pose accuracy
     */
    public static PoseAccuracy of(Pose commanded, List<Pose> attained) {
        Objects.requireNonNull(commanded, "commanded");
        if (attained == null || attained.isEmpty()) {
            throw new IllegalArgumentException("pose accuracy needs at least one attained pose, got none");
        }
        Rotation reference = commanded.rotation();
        double x = 0, y = 0, z = 0, a = 0, b = 0, c = 0;
        for (Pose pose : attained) {
            Vector3 p = pose.position();
            Vector3 d = pose.rotation().deviationDegreesFrom(reference);
            x += p.x();
            y += p.y();
            z += p.z();
            a += d.x();
            b += d.y();
            c += d.z();
        }
        int n = attained.size();
        Vector3 barycentre = new Vector3(x / n, y / n, z / n);
        Vector3 error = barycentre.minus(commanded.position());
        return new PoseAccuracy(n, barycentre, error.norm(), error.x(), error.y(), error.z(),
                a / n, b / n, c / n);
    }

    /**
     * @param symbol one of {@link Iso9283#POSE_ACCURACY_SYMBOLS}
     * @return the value of that characteristic, mm or degrees
     */
    public double value(String symbol) {
        switch (symbol) {
            case Iso9283.AP_P: return apP;
            case Iso9283.AP_X: return apX;
            case Iso9283.AP_Y: return apY;
            case Iso9283.AP_Z: return apZ;
            case Iso9283.AP_A: return apA;
            case Iso9283.AP_B: return apB;
            case Iso9283.AP_C: return apC;
            default:
                throw new IllegalArgumentException("'" + symbol + "' is no pose accuracy characteristic, expected one of "
                        + Iso9283.POSE_ACCURACY_SYMBOLS);
        }
    }
}
