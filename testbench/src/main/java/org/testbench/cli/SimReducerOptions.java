package org.testbench.cli;

import org.testbench.rigs.sim.reducer.ReducerParamsFile;
import org.testbench.rigs.sim.reducer.SimulatedReducerConfig;
import org.testbench.rigs.yaml.InputException;
import picocli.CommandLine.Option;

/** The simulated reducer bench's flags: which reducer, the noise seed and the clock. */
final class SimReducerOptions {

    @Option(names = "--params", paramLabel = "FILE|NAME", defaultValue = "reducer-harmonic",
            description = "The reducer's params file, or a bundled one's name: reducer-harmonic (harmonic,"
                    + " ratio 100, 50 Nm) or reducer-rv (RV, ratio 121, 167 Nm); default: ${DEFAULT-VALUE}. Copy one"
                    + " from rigs/src/main/resources/sim/ to describe another reducer.")
    private String params;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the sensor noise (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--time-scale", paramLabel = "K", defaultValue = "1",
            description = "Simulated seconds per wall-clock second (default: ${DEFAULT-VALUE}). At 60000, 10 ms are"
                    + " 10 simulated minutes and a 1,000 h life test takes a minute; bench.sim-time shows the clock.")
    private double timeScale;

    /**
     * @param port the port to listen on (0 for any free one)
     * @return the simulator's configuration
     * @throws InputException when the params file is bad (naming file:line:column and field) or a
     *     flag is out of range (naming the flag)
     */
    SimulatedReducerConfig config(int port) throws InputException {
        SimulatedReducerConfig.Builder builder = SimulatedReducerConfig.builder()
                .params(ReducerParamsFile.load(params))
                .seed(seed)
                .timeScale(timeScale);
        try {
            return builder.port(port).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("simulator options", null, e.getMessage());
        }
    }
}
