package org.testbench.rigs.sim.robot;

import java.util.Objects;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * Everything that makes one simulated robot: where it is served, how it errs and how fast it
 * runs. Immutable; build with {@link #builder()}, or read a parameter file with
 * {@link RobotParamsFile}. Lengths in mm, angles in degrees, times in simulated seconds.
 *
 * @param port                 TCP port on 127.0.0.1; 0 picks a free one
 * @param path                 endpoint path, e.g. {@code /testbench}
 * @param biasMm               constant position error added to every attained pose
 * @param scalePpm             position-proportional error: bias(p) = bias + scalePpm * 1e-6 * p,
 *                             the pose-dependent part of the accuracy error
 * @param sigmaMm              standard deviation of the per-axis Gaussian repeatability noise
 * @param orientationBiasDeg   constant orientation error, as a rotation vector in the tool frame
 * @param orientationSigmaDeg  standard deviation of the per-component orientation noise
 * @param trackerSigmaMm       standard deviation of the tracker's own noise, drawn per read
 * @param maxSpeedMmPerS       path speed at 100 % override
 * @param settleTimeS          time from the end of the motion until the controller reports the
 *                             move done
 * @param timeScale            simulated seconds per wall-clock second (20..50 for a quick demo)
 * @param reachMm              radius about the base origin the robot can reach; a target
 *                             outside it faults the controller
 * @param home                 the commanded pose at start-up
 * @param seed                 seed of the error draws: the same seed and the same moves give
 *                             the same attained poses
 * @param settling             how the mechanism settles after a move or a load change
 * @param pathFollowing        how it trails and strays from the interpolated path, and rounds corners
 * @param speedErrors          how the path speed departs from the commanded one
 * @param drift                how it drifts while warming up from cold
 * @param approachErrorMm      how far short of the target it stops along the direction it came
 *                             from (multi-directional pose accuracy), mm
 * @param complianceMmPerN     deflection per newton of load on the tool, per base axis, mm/N
 * @param trackerPeriodS       the tracker's sampling period when it streams, simulated s
 */
public record SimulatedRobotConfig(int port, String path, Vector3 biasMm, double scalePpm, double sigmaMm,
        Vector3 orientationBiasDeg, double orientationSigmaDeg, double trackerSigmaMm, double maxSpeedMmPerS,
        double settleTimeS, double timeScale, double reachMm, Pose home, long seed, SecondOrderSettling settling,
        PathFollowing pathFollowing, SpeedErrors speedErrors, ThermalDrift drift, double approachErrorMm,
        Vector3 complianceMmPerN, double trackerPeriodS) {

    /**
     * A robot that errs only in pose: rigid, on its path, at its speed, not drifting, not
     * approach-dependent, stiff, with a tracker streaming every millisecond.
     *
     * @param port                TCP port on 127.0.0.1; 0 picks a free one
     * @param path                endpoint path
     * @param biasMm              constant position error
     * @param scalePpm            position-proportional error
     * @param sigmaMm             repeatability noise per axis
     * @param orientationBiasDeg  constant orientation error
     * @param orientationSigmaDeg orientation noise
     * @param trackerSigmaMm      tracker noise
     * @param maxSpeedMmPerS      path speed at 100 % override
     * @param settleTimeS         delay of the move-done signal after the motion
     * @param timeScale           simulated seconds per wall second
     * @param reachMm             reach about the base origin
     * @param home                commanded pose at start-up
     * @param seed                seed of the error draws
     */
    public SimulatedRobotConfig(int port, String path, Vector3 biasMm, double scalePpm, double sigmaMm,
            Vector3 orientationBiasDeg, double orientationSigmaDeg, double trackerSigmaMm, double maxSpeedMmPerS,
            double settleTimeS, double timeScale, double reachMm, Pose home, long seed) {
        this(port, path, biasMm, scalePpm, sigmaMm, orientationBiasDeg, orientationSigmaDeg, trackerSigmaMm,
                maxSpeedMmPerS, settleTimeS, timeScale, reachMm, home, seed, SecondOrderSettling.RIGID,
                PathFollowing.EXACT, SpeedErrors.NONE, ThermalDrift.NONE, 0, Vector3.ZERO, 0.001);
    }

    /** Checks every value, naming the field and the value that is wrong. */
    public SimulatedRobotConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), got " + port);
        }
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', got '" + path + "'");
        }
        requireFinite("biasMm", biasMm);
        requireFinite("orientationBiasDeg", orientationBiasDeg);
        requireFinite("scalePpm", scalePpm);
        requireNonNegative("sigmaMm", sigmaMm);
        requireNonNegative("orientationSigmaDeg", orientationSigmaDeg);
        requireNonNegative("trackerSigmaMm", trackerSigmaMm);
        requirePositive("maxSpeedMmPerS", maxSpeedMmPerS);
        requireNonNegative("settleTimeS", settleTimeS);
        requirePositive("timeScale", timeScale);
        requirePositive("reachMm", reachMm);
        Objects.requireNonNull(home, "home");
        requireFinite("home position", home.position());
        if (!Double.isFinite(home.a()) || !Double.isFinite(home.b()) || !Double.isFinite(home.c())) {
            throw new IllegalArgumentException("home orientation must be finite, got " + home);
        }
        if (home.position().norm() > reachMm) {
            throw new IllegalArgumentException("home " + home + " lies outside the reach of " + reachMm + " mm");
        }
        Objects.requireNonNull(settling, "settling");
        Objects.requireNonNull(pathFollowing, "pathFollowing");
        Objects.requireNonNull(speedErrors, "speedErrors");
        Objects.requireNonNull(drift, "drift");
        if (settling.rigid() && pathFollowing.strays()) {
            throw new IllegalArgumentException("pathFollowing lags and corner overshoot are the servo's response and"
                    + " need settling dynamics (a natural frequency > 0)");
        }
        requireNonNegative("approachErrorMm", approachErrorMm);
        requireFinite("complianceMmPerN", complianceMmPerN);
        requirePositive("trackerPeriodS", trackerPeriodS);
    }

    /**
     * @return a builder with no errors, rigid, 1000 mm/s, 0.2 s settling, real time, port 4840, a
     *     tracker streaming every millisecond
     */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireFinite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
    }

    private static void requireFinite(String field, Vector3 value) {
        Objects.requireNonNull(value, field);
        if (!Double.isFinite(value.x()) || !Double.isFinite(value.y()) || !Double.isFinite(value.z())) {
            throw new IllegalArgumentException(field + " must be finite, got " + value);
        }
    }

    private static void requireNonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be >= 0 and finite, got " + value);
        }
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be > 0 and finite, got " + value);
        }
    }

    /** Builds a {@link SimulatedRobotConfig}; every setter returns this builder. */
    public static final class Builder {
        private int port = 4840;
        private String path = "/testbench";
        private Vector3 biasMm = Vector3.ZERO;
        private double scalePpm;
        private double sigmaMm;
        private Vector3 orientationBiasDeg = Vector3.ZERO;
        private double orientationSigmaDeg;
        private double trackerSigmaMm;
        private double maxSpeedMmPerS = 1000;
        private double settleTimeS = 0.2;
        private double timeScale = 1;
        private double reachMm = 2000;
        private Pose home = Pose.of(800, 0, 1000, 180, 0, 0);
        private long seed = 1;
        private SecondOrderSettling settling = SecondOrderSettling.RIGID;
        private PathFollowing pathFollowing = PathFollowing.EXACT;
        private SpeedErrors speedErrors = SpeedErrors.NONE;
        private ThermalDrift drift = ThermalDrift.NONE;
        private double approachErrorMm;
        private Vector3 complianceMmPerN = Vector3.ZERO;
        private double trackerPeriodS = 0.001;

        private Builder() {
        }

        /**
         * @param value how the mechanism settles; {@link SecondOrderSettling#RIGID} for at once
         * @return this builder
         */
        public Builder settling(SecondOrderSettling value) {
            settling = value;
            return this;
        }

        /**
         * @param value how it follows paths; {@link PathFollowing#EXACT} for exactly
         * @return this builder
         */
        public Builder pathFollowing(PathFollowing value) {
            pathFollowing = value;
            return this;
        }

        /**
         * @param value how the path speed errs; {@link SpeedErrors#NONE} for not at all
         * @return this builder
         */
        public Builder speedErrors(SpeedErrors value) {
            speedErrors = value;
            return this;
        }

        /**
         * @param value how it drifts from cold; {@link ThermalDrift#NONE} for not at all
         * @return this builder
         */
        public Builder drift(ThermalDrift value) {
            drift = value;
            return this;
        }

        /**
         * @param value how far short of a target it stops along its approach, mm
         * @return this builder
         */
        public Builder approachErrorMm(double value) {
            approachErrorMm = value;
            return this;
        }

        /**
         * @param value deflection per newton on the tool, per base axis, mm/N
         * @return this builder
         */
        public Builder complianceMmPerN(Vector3 value) {
            complianceMmPerN = value;
            return this;
        }

        /**
         * @param value the tracker's streaming sample period, simulated s
         * @return this builder
         */
        public Builder trackerPeriodS(double value) {
            trackerPeriodS = value;
            return this;
        }

        /**
         * @param value TCP port, 0 for any free one
         * @return this builder
         */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /**
         * @param value endpoint path starting with '/'
         * @return this builder
         */
        public Builder path(String value) {
            path = value;
            return this;
        }

        /**
         * @param value constant position error, mm
         * @return this builder
         */
        public Builder biasMm(Vector3 value) {
            biasMm = value;
            return this;
        }

        /**
         * @param value position-proportional error, parts per million
         * @return this builder
         */
        public Builder scalePpm(double value) {
            scalePpm = value;
            return this;
        }

        /**
         * @param value per-axis repeatability noise, mm (1 sigma)
         * @return this builder
         */
        public Builder sigmaMm(double value) {
            sigmaMm = value;
            return this;
        }

        /**
         * @param value constant orientation error as a rotation vector, degrees
         * @return this builder
         */
        public Builder orientationBiasDeg(Vector3 value) {
            orientationBiasDeg = value;
            return this;
        }

        /**
         * @param value per-component orientation noise, degrees (1 sigma)
         * @return this builder
         */
        public Builder orientationSigmaDeg(double value) {
            orientationSigmaDeg = value;
            return this;
        }

        /**
         * @param value tracker noise per read and axis, mm (1 sigma)
         * @return this builder
         */
        public Builder trackerSigmaMm(double value) {
            trackerSigmaMm = value;
            return this;
        }

        /**
         * @param value path speed at 100 % override, mm/s
         * @return this builder
         */
        public Builder maxSpeedMmPerS(double value) {
            maxSpeedMmPerS = value;
            return this;
        }

        /**
         * @param value settling time after each motion, simulated s
         * @return this builder
         */
        public Builder settleTimeS(double value) {
            settleTimeS = value;
            return this;
        }

        /**
         * @param value simulated seconds per wall-clock second
         * @return this builder
         */
        public Builder timeScale(double value) {
            timeScale = value;
            return this;
        }

        /**
         * @param value reach about the base origin, mm
         * @return this builder
         */
        public Builder reachMm(double value) {
            reachMm = value;
            return this;
        }

        /**
         * @param value commanded pose at start-up
         * @return this builder
         */
        public Builder home(Pose value) {
            home = value;
            return this;
        }

        /**
         * @param value seed of the error draws
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalArgumentException when a value is out of range, naming it
         */
        public SimulatedRobotConfig build() {
            return new SimulatedRobotConfig(port, path, biasMm, scalePpm, sigmaMm, orientationBiasDeg,
                    orientationSigmaDeg, trackerSigmaMm, maxSpeedMmPerS, settleTimeS, timeScale, reachMm, home, seed,
                    settling, pathFollowing, speedErrors, drift, approachErrorMm, complianceMmPerN, trackerPeriodS);
        }
    }
}
