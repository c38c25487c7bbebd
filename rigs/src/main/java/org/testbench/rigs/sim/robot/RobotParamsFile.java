package org.testbench.rigs.sim.robot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testbench.rigs.BundledFiles;
import org.testbench.rigs.yaml.InputException;
import org.testbench.rigs.yaml.YamlDocument;
import org.testbench.rigs.yaml.YamlMap;
import org.testbench.rigs.yaml.YamlNode;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/**
 * Reads a simulated robot's parameter file (the bundled, annotated example is
 * {@code sim/robot-default.yaml}) into a {@link SimulatedRobotConfig.Builder}, so that flags can
 * still override single values. Every section and key is optional: what a file leaves out keeps
 * the builder's default, an error-free rigid robot. Every value is checked where it stands, so a
 * mistake is reported as {@code file:line:column: field: what is wrong}; an unknown key is one.
 */
public final class RobotParamsFile {

    private RobotParamsFile() {
    }

    /**
     * @param nameOrPath       a parameter file's path, or the name of a bundled one ("robot-default")
     * @param defaultTimeScale the time scale when the file sets none
     * @return a builder holding the file's values
     * @throws InputException naming the first problem found
     */
    public static SimulatedRobotConfig.Builder load(String nameOrPath, double defaultTimeScale) throws InputException {
        Path path = Path.of(nameOrPath);
        return parse(Files.isRegularFile(path) ? YamlDocument.read(path) : BundledFiles.read("sim", nameOrPath),
                defaultTimeScale);
    }

    /**
     * @param document         a parsed parameter file
     * @param defaultTimeScale the time scale when the file sets none
     * @return a builder holding the file's values
     * @throws InputException naming the first problem found
     */
    public static SimulatedRobotConfig.Builder parse(YamlDocument document, double defaultTimeScale)
            throws InputException {
        YamlMap top = document.root().asMap();
        SimulatedRobotConfig.Builder b = SimulatedRobotConfig.builder().timeScale(defaultTimeScale);
        Optional<YamlNode> seed = top.optional("seed");
        if (seed.isPresent()) {
            b.seed(seed.get().asLong());
        }
        Optional<YamlNode> timeScale = top.optional("time-scale");
        if (timeScale.isPresent()) {
            b.timeScale(positive(timeScale.get()));
        }
        boolean rigid = true;
        Optional<YamlNode> motion = top.optional("motion");
        if (motion.isPresent()) {
            motion(motion.get(), b);
        }
        Optional<YamlNode> pose = top.optional("pose-error");
        if (pose.isPresent()) {
            poseError(pose.get(), b);
        }
        Optional<YamlNode> settling = top.optional("settling");
        if (settling.isPresent()) {
            YamlMap m = settling.get().asMap();
            double f = nonNegative(m, "natural-frequency-hz");
            double zeta = nonNegative(m, "damping-ratio");
            m.rejectUnknown();
            b.settling(build(settling.get(), () -> new SecondOrderSettling(f, zeta)));
            rigid = f == 0;
        }
        Optional<YamlNode> following = top.optional("path-following");
        if (following.isPresent()) {
            pathFollowing(following.get(), b, rigid);
        }
        Optional<YamlNode> speed = top.optional("path-speed");
        if (speed.isPresent()) {
            YamlMap m = speed.get().asMap();
            double error = m.optional("error-percent").isPresent() ? m.required("error-percent").asDouble() : 0;
            double sigma = nonNegative(m, "sigma-percent");
            double ripple = nonNegative(m, "ripple-percent");
            double hz = nonNegative(m, "ripple-hz");
            m.rejectUnknown();
            b.speedErrors(build(speed.get(), () -> new SpeedErrors(error, sigma, ripple, hz)));
        }
        Optional<YamlNode> drift = top.optional("thermal-drift");
        if (drift.isPresent()) {
            YamlMap m = drift.get().asMap();
            Vector3 offset = vector(m, "warm-offset-mm", Vector3.ZERO);
            double hours = m.optional("time-constant-h").isPresent() ? positive(m.required("time-constant-h")) : 1;
            m.rejectUnknown();
            b.drift(build(drift.get(), () -> new ThermalDrift(offset, hours)));
        }
        Optional<YamlNode> load = top.optional("load");
        if (load.isPresent()) {
            YamlMap m = load.get().asMap();
            b.complianceMmPerN(vector(m, "compliance-mm-per-n", Vector3.ZERO));
            m.rejectUnknown();
        }
        Optional<YamlNode> tracker = top.optional("tracker");
        if (tracker.isPresent()) {
            YamlMap m = tracker.get().asMap();
            b.trackerSigmaMm(nonNegative(m, "sigma-mm"));
            if (m.optional("sample-period-s").isPresent()) {
                b.trackerPeriodS(positive(m.required("sample-period-s")));
            }
            m.rejectUnknown();
        }
        top.rejectUnknown();
        build(document.root(), b::build);
        return b;
    }

    private static void motion(YamlNode node, SimulatedRobotConfig.Builder b) throws InputException {
        YamlMap m = node.asMap();
        if (m.optional("max-speed-mm-s").isPresent()) {
            b.maxSpeedMmPerS(positive(m.required("max-speed-mm-s")));
        }
        Optional<YamlNode> reachNode = m.optional("reach-mm");
        Optional<YamlNode> homeNode = m.optional("home");
        SimulatedRobotConfig defaults = SimulatedRobotConfig.builder().build();
        double reach = reachNode.isPresent() ? positive(reachNode.get()) : defaults.reachMm();
        Pose home = defaults.home();
        if (homeNode.isPresent()) {
            double[] h = homeNode.get().asNumbers(6);
            home = Pose.of(h[0], h[1], h[2], h[3], h[4], h[5]);
        }
        if (home.position().norm() > reach) {
            YamlNode at = homeNode.isPresent() ? homeNode.get() : reachNode.orElseThrow();
            throw at.error("home " + home + " lies " + home.position().norm() + " mm from the base, outside the reach of "
                    + reach + " mm");
        }
        b.reachMm(reach).home(home);
        if (m.optional("done-delay-s").isPresent()) {
            b.settleTimeS(nonNegative(m, "done-delay-s"));
        }
        m.rejectUnknown();
    }

    private static void poseError(YamlNode node, SimulatedRobotConfig.Builder b) throws InputException {
        YamlMap m = node.asMap();
        b.biasMm(vector(m, "bias-mm", Vector3.ZERO));
        if (m.optional("scale-ppm").isPresent()) {
            b.scalePpm(m.required("scale-ppm").asDouble());
        }
        b.sigmaMm(nonNegative(m, "sigma-mm"));
        b.orientationBiasDeg(vector(m, "orientation-bias-deg", Vector3.ZERO));
        b.orientationSigmaDeg(nonNegative(m, "orientation-sigma-deg"));
        b.approachErrorMm(nonNegative(m, "approach-error-mm"));
        m.rejectUnknown();
    }

    private static void pathFollowing(YamlNode node, SimulatedRobotConfig.Builder b, boolean rigid)
            throws InputException {
        YamlMap m = node.asMap();
        double along = nonNegative(m, "along-lag-s");
        double lateral = nonNegative(m, "lateral-lag-s");
        Vector3 direction = vector(m, "lateral-direction", PathFollowing.EXACT.lateralDirection());
        double radius = nonNegative(m, "corner-radius-s");
        double overshoot = nonNegative(m, "corner-overshoot-s");
        m.rejectUnknown();
        PathFollowing following = build(node, () -> new PathFollowing(along, lateral, direction, radius, overshoot));
        if (rigid && following.strays()) {
            throw node.error("lags and corner overshoot are the servo's response: they need settling dynamics"
                    + " (settling.natural-frequency-hz > 0)");
        }
        b.pathFollowing(following);
    }

    /** A value checked by a constructor: its refusal is reported at the node it came from. */
    private interface Checked<T> {
        T get();
    }

    private static <T> T build(YamlNode node, Checked<T> value) throws InputException {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** @return the value of an optional key that must not be negative, 0 when absent */
    private static double nonNegative(YamlMap map, String key) throws InputException {
        Optional<YamlNode> node = map.optional(key);
        if (node.isEmpty()) {
            return 0;
        }
        double v = node.get().asDouble();
        if (v < 0) {
            throw node.get().error("must not be negative, found " + v);
        }
        return v;
    }

    private static double positive(YamlNode node) throws InputException {
        double v = node.asDouble();
        if (!(v > 0)) {
            throw node.error("must be greater than 0, found " + v);
        }
        return v;
    }

    private static Vector3 vector(YamlMap map, String key, Vector3 fallback) throws InputException {
        Optional<YamlNode> node = map.optional(key);
        if (node.isEmpty()) {
            return fallback;
        }
        double[] v = node.get().asNumbers(3);
        return new Vector3(v[0], v[1], v[2]);
    }
}
