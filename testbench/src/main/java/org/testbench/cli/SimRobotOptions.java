package org.testbench.cli;

import org.testbench.rigs.sim.robot.RobotParamsFile;
import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.geometry.Vector3;
import picocli.CommandLine.Option;

/**
 * The simulated robot's parameters, from a parameter file and flags that override single values
 * of it; shared by {@code sim robot} and {@code demo}.
 */
final class SimRobotOptions {

    /** The bundled parameter file, used when {@code --params} is not given. */
    static final String DEFAULT_PARAMS = "robot-default";

    @Option(names = "--params", paramLabel = "FILE|NAME", defaultValue = DEFAULT_PARAMS,
            description = {"Simulated robot parameters: a YAML file, or the name of a bundled one (default: ${DEFAULT-VALUE},"
                + " annotated in the sources as rigs/src/main/resources/sim/robot-default.yaml).",
                "The flags below override single values of it."})
    private String params;

    @Option(names = "--bias-mm", split = ",", paramLabel = "X,Y,Z",
            description = "Systematic position error in mm (default: from the parameters).")
    private double[] bias;

    @Option(names = "--scale-ppm", paramLabel = "PPM",
            description = "Pose-dependent error: position-proportional scale error in ppm (default: from the parameters).")
    private Double scalePpm;

    @Option(names = "--sigma-mm", paramLabel = "S",
            description = "Repeatability: Gaussian noise per axis, standard deviation in mm (default: from the parameters).")
    private Double sigmaMm;

    @Option(names = "--orientation-sigma-deg", paramLabel = "S",
            description = "Orientation repeatability: Gaussian noise per axis in degrees (default: from the parameters).")
    private Double orientationSigmaDeg;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the noise, so runs are reproducible (default: from the parameters).")
    private Long seed;

    @Option(names = "--time-scale", paramLabel = "K",
            description = "Simulated seconds per wall-clock second (default: from the parameters, else 1 for"
                + " 'sim robot' and 50 for 'demo').")
    private Double timeScale;

    /**
     * @param port the port to listen on (0 for any free one)
     * @param defaultTimeScale the time scale when neither the parameters nor the flag set one
     * @return the simulator's configuration
     * @throws InputException when the parameter file is bad (naming file, line, column and field)
     *     or a value is out of range (naming the flags)
     */
    SimulatedRobotConfig config(int port, double defaultTimeScale) throws InputException {
        SimulatedRobotConfig.Builder builder = RobotParamsFile.load(params, defaultTimeScale).port(port);
        if (bias != null) {
            if (bias.length != 3) {
                throw new InputException("--bias-mm", null, "needs three numbers X,Y,Z");
            }
            builder.biasMm(new Vector3(bias[0], bias[1], bias[2]));
        }
        if (scalePpm != null) {
            builder.scalePpm(scalePpm);
        }
        if (sigmaMm != null) {
            builder.sigmaMm(sigmaMm);
        }
        if (orientationSigmaDeg != null) {
            builder.orientationSigmaDeg(orientationSigmaDeg);
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (timeScale != null) {
            builder.timeScale(timeScale);
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InputException("simulator options", null, e.getMessage());
        }
    }
}
