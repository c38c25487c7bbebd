package org.testbench.cli;

import org.testbench.rigs.sim.robot.SimulatedRobotConfig;
import org.testbench.rigs.yaml.InputException;
import org.testbench.standards.geometry.Vector3;
import picocli.CommandLine.Option;

/** The simulated robot's error model and clock, as flags; shared by {@code sim robot} and {@code demo}. */
final class SimRobotOptions {

    @Option(names = "--bias-mm", split = ",", paramLabel = "X,Y,Z", defaultValue = "0.20,-0.10,0.05",
            description = "Systematic position error in mm (default: ${DEFAULT-VALUE}).")
    private double[] bias;

    @Option(names = "--scale-ppm", paramLabel = "PPM", defaultValue = "0",
            description = "Pose-dependent error: position-proportional scale error in ppm (default: ${DEFAULT-VALUE}).")
    private double scalePpm;

    @Option(names = "--sigma-mm", paramLabel = "S", defaultValue = "0.010",
            description = "Repeatability: Gaussian noise per axis, standard deviation in mm (default: ${DEFAULT-VALUE}).")
    private double sigmaMm;

    @Option(names = "--orientation-sigma-deg", paramLabel = "S", defaultValue = "0.005",
            description = "Orientation repeatability: Gaussian noise per axis in degrees (default: ${DEFAULT-VALUE}).")
    private double orientationSigmaDeg;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the noise, so runs are reproducible (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--time-scale", paramLabel = "K",
            description = "Simulated seconds per wall-clock second (default: 1 for 'sim robot', 50 for 'demo').")
    private Double timeScale;

    /**
     * @param port the port to listen on (0 for any free one)
     * @param defaultTimeScale the time scale to use when the flag was left at its default
     * @return the simulator's configuration
     * @throws InputException when a value is out of range, naming the flags
     */
    SimulatedRobotConfig config(int port, double defaultTimeScale) throws InputException {
        if (bias.length != 3) {
            throw new InputException("--bias-mm", null, "needs three numbers X,Y,Z");
        }
        try {
            return SimulatedRobotConfig.builder()
                .port(port)
                .biasMm(new Vector3(bias[0], bias[1], bias[2]))
                .scalePpm(scalePpm)
                .sigmaMm(sigmaMm)
                .orientationSigmaDeg(orientationSigmaDeg)
                .seed(seed)
                .timeScale(timeScale == null ? defaultTimeScale : timeScale)
                .build();
        } catch (IllegalArgumentException e) {
            throw new InputException("simulator options", null, e.getMessage());
        }
    }
}
